import { Grid, Space } from 'antd';
import type { ReactNode } from 'react';

/**
 * The enterprise pages' column. On a phone the menu's drawer button floats over the content's top
 * left corner: the page starts below it.
 */
export const PhoneSpace = ({ children }: { children: ReactNode }) => {
  const screens = Grid.useBreakpoint();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 760, paddingTop: screens.md ? 0 : 44 }}>
      {children}
    </Space>
  );
};
