import { matchPath } from 'react-router';

/**
 * Pages on a route of their own under a resource (not its list, show, create or edit page): the
 * i18n key of each page's title. Refine knows such a page only by the resource action its address
 * resembles (`/enterprises/import` is the enterprises' create route, `/leads/import` looks like a
 * lead's show route), so without this its breadcrumb and window title would read 新建 or 查看.
 * app-routes.spec checks that every such route of the app is listed here.
 */
export const CUSTOM_PAGE_TITLES: readonly { path: string; title: string }[] = [
  { path: '/enterprises/import', title: 'enterprises.titles.import' },
  { path: '/leads/import', title: 'leads.transfer.title' },
];

/** The title key of the custom page at this address, or null for a resource's own pages. */
export const customPageTitle = (pathname: string): string | null =>
  CUSTOM_PAGE_TITLES.find(({ path }) => matchPath(path, pathname))?.title ?? null;

/** A route's last segment that is a resource's own page: its show (`:id`), create or edit page. */
const ACTION_SEGMENT = /^(:id|create|edit)$/;

/** A route of a page of its own under a resource: two or more segments, the last none of a resource action's. */
export const isCustomRoute = (path: string): boolean => {
  const segments = path.split('/').filter(Boolean);
  return segments.length > 1 && !ACTION_SEGMENT.test(segments[segments.length - 1]!);
};

export interface Crumb {
  label: string;
  href?: string;
  icon?: unknown;
}

/**
 * Refine's crumbs with the page's own title in place of the action's label (新建, 查看) that Refine
 * put last; for a page Refine takes for a list (no action crumb) the title is added.
 */
export const crumbsWithTitle = <T extends Crumb>(
  crumbs: readonly T[],
  action: string | undefined,
  title: string | null,
): (T | Crumb)[] => {
  if (!title) return [...crumbs];
  const resourceCrumbs = action && action !== 'list' ? crumbs.slice(0, -1) : crumbs;
  return [...resourceCrumbs, { label: title }];
};
