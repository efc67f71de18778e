import { ThemedLayoutContextProvider, ThemedSider } from '@refinedev/antd';
import { Grid, Layout } from 'antd';
import type { ReactNode } from 'react';
import { AppHeader } from './app-header';
import { AppTitle } from './app-title';
import { RouteFocus } from './route-focus';
import { MAIN_ID, SkipLink } from './skip-link';

/**
 * The signed-in frame. From `lg` (992 px) up: Refine's side menu, collapsible. Below it (phones,
 * tablets): no side menu; the header holds a menu button that opens the same entries in a drawer,
 * so nothing floats over a page's title and the content gets the full width. The first Tab stop is
 * the skip link to the page's <main>.
 */
export const AppLayout = ({ children }: { children: ReactNode }) => {
  const screens = Grid.useBreakpoint();
  // before the first measurement antd reports no breakpoint: assume a wide screen, as Refine does
  const wide = screens.lg ?? true;
  const roomy = screens.sm ?? true;
  return (
    <ThemedLayoutContextProvider>
      <SkipLink />
      <RouteFocus />
      <Layout style={{ minHeight: '100vh' }} hasSider={wide}>
        {wide && <ThemedSider Title={AppTitle} />}
        <Layout style={{ minWidth: 0 }}>
          <AppHeader compact={!wide} />
          <Layout.Content id={MAIN_ID} tabIndex={-1} style={{ minWidth: 0 }}>
            <div style={{ minHeight: 360, padding: roomy ? 24 : 12 }}>{children}</div>
          </Layout.Content>
        </Layout>
      </Layout>
    </ThemedLayoutContextProvider>
  );
};
