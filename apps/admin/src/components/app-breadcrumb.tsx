import { useBreadcrumb, useLink, useResourceParams, useTranslate } from '@refinedev/core';
import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { crumbsWithTitle, customPageTitle } from '../page-titles';

/**
 * Every page's breadcrumb (set once as Refine's global one): the resource, then the action's label
 * (新建, 编辑, 查看) — or, on a page of its own under a resource (批量导入企业), that page's title.
 * Drawn as Refine's own, without a crumb when there would be one item only.
 */
export const AppBreadcrumb = () => {
  const { breadcrumbs } = useBreadcrumb();
  const { action } = useResourceParams();
  const { pathname } = useLocation();
  const translate = useTranslate();
  const Link = useLink();
  const titleKey = customPageTitle(pathname);
  const crumbs = crumbsWithTitle(breadcrumbs, action, titleKey ? translate(titleKey) : null);
  if (crumbs.length < 2) return null;
  return (
    <Breadcrumb
      items={crumbs.map(({ label, href, icon }) => ({
        key: `breadcrumb-item-${label}`,
        title: (
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 4 }}>
            {icon as ReactNode}
            {href ? <Link to={href}>{label}</Link> : <span>{label}</span>}
          </div>
        ),
      }))}
    />
  );
};
