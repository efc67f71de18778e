import { userNameResolver } from '../../core/users/user-name.resolver.js';
import { EnterpriseFactMeta } from './enterprise-fact-meta.type.js';

export const FactMetaUpdatedByNameResolver = userNameResolver(
  EnterpriseFactMeta,
  'updatedByName',
  (meta) => meta.updatedBy,
  'Name of the user who last set the value; null for the system (seed, import).',
);

export const FactMetaVerifiedByNameResolver = userNameResolver(
  EnterpriseFactMeta,
  'verifiedByName',
  (meta) => meta.verifiedBy,
  'Name of the staff member who verified the value; null when unverified.',
);
