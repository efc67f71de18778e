import type { TFunction } from 'i18next';

/** The records the server audits (AuditChange.entity), for the filter and the table. */
export const AUDITED_ENTITIES = [
  'Enterprise',
  'EnterpriseRequest',
  'Lead',
  'MatchRun',
  'Park',
  'PlacementApplication',
  'Policy',
  'StoredFile',
  'User',
] as const;

/** i18next nests on dots, so `policy.publish` is looked up as `audit.actions.policy_publish`. */
const actionKey = (action: string) => `audit.actions.${action.replace(/\./g, '_')}`;

/** An action in words; an action this page has no words for yet shows its code rather than nothing. */
export const actionLabel = (t: TFunction, action: string): string => t(actionKey(action), { defaultValue: action });

export const entityLabel = (t: TFunction, entity: string): string =>
  t(`audit.entities.${entity}`, { defaultValue: entity });

/** The actions with words, for the filter (the server records a few more, found by entity). */
export const KNOWN_ACTIONS = [
  'user.create',
  'user.update',
  'user.resetPassword',
  'user.unlock',
  'user.changePassword',
  'user.signOut',
  'enterprise.register',
  'enterprise.verifyFacts',
  'policy.create',
  'policy.update',
  'policy.publish',
  'policy.retire',
  'policy.exportQualifiers',
  'park.create',
  'park.update',
  'park.reserveSpace',
  'park.releaseSpace',
  'allocation.apply',
  'application.overrideConstraints',
  'lead.create',
  'lead.update',
  'lead.move',
  'lead.merge',
  'lead.import',
  'lead.export',
  'request.file',
  'file.upload',
  'file.remove',
] as const;

/** Where each audited record has a page of its own, to open it from its entry. */
const RECORD_PATHS: Partial<Record<string, string>> = {
  Enterprise: '/enterprises',
  EnterpriseRequest: '/requests',
  Lead: '/leads',
  Park: '/parks',
  PlacementApplication: '/applications',
  Policy: '/policies',
};

export const recordPath = (entity: string, id: string): string | null => {
  const base = RECORD_PATHS[entity];
  return base ? `${base}/${id}` : null;
};
