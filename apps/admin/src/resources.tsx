import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FundOutlined,
  FunnelPlotOutlined,
  GiftOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  PartitionOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  BlockOutlined,
  RiseOutlined,
} from '@ant-design/icons';
import type { ResourceProps } from '@refinedev/core';

/**
 * The menu, one resource per bounded context; labels come from i18n (`<name>.<name>`),
 * visibility from the accessControlProvider. Later issues add enterprises, applications,
 * policies, leads, matching and users.
 */
export const resources: ResourceProps[] = [
  { name: 'plan', list: '/plan', meta: { icon: <FundOutlined /> } },
  { name: 'industries', list: '/industries', meta: { icon: <NodeIndexOutlined /> } },
  {
    name: 'parks',
    list: '/parks',
    show: '/parks/:id',
    create: '/parks/create',
    edit: '/parks/:id/edit',
    meta: { icon: <ApartmentOutlined /> },
  },
  { name: 'parks-map', list: '/parks-map', meta: { icon: <EnvironmentOutlined /> } },
  {
    name: 'policies',
    list: '/policies',
    show: '/policies/:id',
    create: '/policies/create',
    edit: '/policies/:id/edit',
    meta: { icon: <FileProtectOutlined /> },
  },
  {
    name: 'enterprises',
    list: '/enterprises',
    show: '/enterprises/:id',
    edit: '/enterprises/:id/edit',
    create: '/enterprises/import',
    meta: { icon: <BankOutlined /> },
  },
  // an enterprise's own policy matches (我的政策)
  { name: 'my-policies', list: '/my-policies', meta: { icon: <GiftOutlined /> } },
  {
    name: 'applications',
    list: '/applications',
    show: '/applications/:id',
    create: '/applications/create',
    meta: { icon: <FileDoneOutlined /> },
  },
  // staff: the bureau's investment pipeline (招商线索)
  {
    name: 'leads',
    list: '/leads',
    show: '/leads/:id',
    create: '/leads/create',
    edit: '/leads/:id/edit',
    meta: { icon: <FunnelPlotOutlined /> },
  },
  // staff: competing open applications allocated to parks (proposeAllocation, applyAllocation)
  { name: 'allocation', list: '/allocation', meta: { icon: <PartitionOutlined /> } },
  // 我的诉求 (an enterprise) and 诉求处理 (staff): the same requests, seen from each side
  { name: 'my-requests', list: '/my-requests', show: '/my-requests/:id', meta: { icon: <MessageOutlined /> } },
  { name: 'requests', list: '/requests', show: '/requests/:id', meta: { icon: <CustomerServiceOutlined /> } },
  // staff: 闲置用地 (腾笼换鸟), plots through recovery into the parks' free land
  { name: 'land', list: '/land', meta: { icon: <BlockOutlined /> } },
  // staff: 孵化载体, the incubation ladder 众创空间 → 孵化器 → 加速器 → 产业园区 and its carriers
  { name: 'incubation', list: '/incubation', show: '/incubation/:id', meta: { icon: <RiseOutlined /> } },
  // staff: 招商看板, the pipeline's funnel and KPIs (pipelineSummary)
  { name: 'pipeline', list: '/pipeline', meta: { icon: <DashboardOutlined /> } },
  { name: 'users', list: '/users', meta: { icon: <TeamOutlined /> } },
  // 操作记录: the audit trail (auditLog)
  { name: 'audit', list: '/audit', meta: { icon: <AuditOutlined /> } },
  { name: 'jobs', list: '/jobs', meta: { icon: <UnorderedListOutlined /> } },
  // reached from the bell in the header, not the menu
  { name: 'notifications', list: '/notifications', meta: { hide: true, icon: <BellOutlined /> } },
];
