import { userNameResolver } from '../../core/users/user-name.resolver.js';
import { EnterpriseProfileChange } from './enterprise-profile-change.entity.js';

export const EnterpriseProfileChangeResolver = userNameResolver(
  EnterpriseProfileChange,
  'actorName',
  (change) => change.actorId,
  'Name of the user who made the change; null for the system.',
);
