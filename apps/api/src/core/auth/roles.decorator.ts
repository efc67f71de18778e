import { SetMetadata } from '@nestjs/common';
import { Role } from '../users/role.enum.js';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** Who may call this resolver or route. Without it (or @Public) the guard refuses: deny by default. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user. */
export const AnyRole = () => Roles(Role.ADMIN, Role.BUREAU_STAFF, Role.ENTERPRISE);

/** Staff of the bureau and admins. */
export const StaffOnly = () => Roles(Role.ADMIN, Role.BUREAU_STAFF);

/** No sign-in needed (login, registration, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
