import { userNameResolver } from '../../core/users/user-name.resolver.js';
import { Policy } from './policy.entity.js';

export const PolicyPublishedByNameResolver = userNameResolver(
  Policy,
  'publishedByName',
  (policy) => policy.publishedById,
  'Name of the user who published this version; null before publication or for the plan seed.',
);
