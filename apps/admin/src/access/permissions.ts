import type { Role } from '../graphql/types';

/**
 * What each role may do with each resource, mirroring the API's role guards. The server stays
 * the authority: this only hides what a role cannot use. Resources of later issues are listed
 * so their menus appear for the right roles as soon as their pages exist.
 */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete';

const ALL: readonly Role[] = ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'];
const STAFF: readonly Role[] = ['ADMIN', 'BUREAU_STAFF'];
const ADMIN: readonly Role[] = ['ADMIN'];

export const PERMISSIONS: Readonly<Record<string, Partial<Record<Action, readonly Role[]>>>> = {
  plan: { list: ALL },
  // 平台实况 on the plan page: planDashboard, a staff KPI
  'plan-live': { list: STAFF },
  industries: { list: ALL, show: ALL },
  parks: { list: ALL, show: ALL, create: ADMIN, edit: ADMIN },
  'parks-map': { list: ALL },
  // an enterprise user's `list` is its own record (一企一档); staff list all and import (`create`)
  enterprises: { list: ALL, show: ALL, create: STAFF, edit: ALL },
  applications: { list: ALL, show: ALL, create: ['ENTERPRISE'], edit: STAFF },
  // 入园分配: allocation proposals over competing open applications, and applying one
  allocation: { list: STAFF },
  policies: { list: ALL, show: ALL, create: ADMIN, edit: ADMIN },
  leads: { list: STAFF, show: STAFF, create: STAFF, edit: STAFF },
  // `show` is a re-match run's progress (matchRun), a staff concern; enterprises list their own matches
  matching: { list: ALL, show: STAFF },
  // 我的政策: the signed-in enterprise's matches, found through its own record (myEnterprise)
  'my-policies': { list: ['ENTERPRISE'] },
  users: { list: ADMIN, show: ADMIN, create: ADMIN, edit: ADMIN },
  // 操作记录: auditLog
  audit: { list: ADMIN },
  // 任务队列: the job queues (Bull Board) or, embedded, the outbox
  jobs: { list: ADMIN },
  notifications: { list: ALL },
  // 我的诉求: an enterprise files and follows its own requests; 诉求处理: the staff's queue
  'my-requests': { list: ['ENTERPRISE'], show: ['ENTERPRISE'], create: ['ENTERPRISE'] },
  requests: { list: STAFF, show: STAFF, edit: STAFF },
  // 闲置用地 (腾笼换鸟): staff record plots and take them through recovery
  land: { list: STAFF, create: STAFF, edit: STAFF },
  // 孵化载体: staff record entries and graduations and read each carrier's figures
  incubation: { list: STAFF, show: STAFF, create: STAFF, edit: STAFF },
  // 招商看板: pipelineSummary
  pipeline: { list: STAFF },
};

export const isAction = (value: string): value is Action =>
  value === 'list' || value === 'show' || value === 'create' || value === 'edit' || value === 'delete';

/** Deny by default: an unknown resource or action is not allowed. */
export const roleCan = (role: Role | null | undefined, resource: string | undefined, action: string): boolean => {
  if (!role || !resource || !isAction(action)) return false;
  return PERMISSIONS[resource]?.[action]?.includes(role) ?? false;
};
