import type { Actor } from '../auth/actor.js';
import { fieldFault, type FieldFault } from '../errors/field-fault.js';
import type { UpdateUserInput } from './dto/user-admin.input.js';
import { Role } from './role.enum.js';
import type { User } from './user.entity.js';

const STAFF_ROLES: readonly Role[] = [Role.ADMIN, Role.BUREAU_STAFF];

/** What an admin may not do to an account, as field faults (pure, so the rules read in one place). */
export function userUpdateFaults(actor: Actor, user: Pick<User, 'id' | 'role'>, input: UpdateUserInput): FieldFault[] {
  const faults: FieldFault[] = [];
  const roleChanges = input.role != null && input.role !== user.role;
  if (roleChanges && !(STAFF_ROLES.includes(user.role) && STAFF_ROLES.includes(input.role!))) {
    faults.push(
      fieldFault(
        'input.role',
        '企业账号与工作人员账号之间不能转换角色',
        'cannot turn an enterprise account into a staff account or back',
      ),
    );
  }
  if (user.id === actor.userId) {
    if (input.active === false) {
      faults.push(fieldFault('input.active', '不能停用自己的账号', 'you cannot disable your own account'));
    }
    if (roleChanges) {
      faults.push(fieldFault('input.role', '不能更改自己的角色', 'you cannot change your own role'));
    }
  }
  return faults;
}
