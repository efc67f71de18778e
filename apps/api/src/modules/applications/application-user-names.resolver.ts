import { userNameResolver } from '../../core/users/user-name.resolver.js';
import { ApplicationStatusChange } from './application-status-change.entity.js';
import { PlacementApplication } from './placement-application.entity.js';

export const ApplicationDecidedByNameResolver = userNameResolver(
  PlacementApplication,
  'decidedByName',
  (application) => application.decidedBy,
  'Name of the staff member who decided; null before the decision.',
);

export const StatusChangeActorNameResolver = userNameResolver(
  ApplicationStatusChange,
  'actorName',
  (change) => change.actorId,
  'Name of the user who changed the status; null for the system.',
);
