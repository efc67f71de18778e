import { describe, expect, it } from '@jest/globals';
import type { Actor } from '../auth/actor.js';
import { Role } from './role.enum.js';
import { userUpdateFaults } from './user-admin-rules.js';

const admin: Actor = { userId: 'a', role: Role.ADMIN, enterpriseId: null, locale: 'zh-CN' };
const fields = (faults: ReturnType<typeof userUpdateFaults>) => faults.map((f) => f.field);

describe('userUpdateFaults', () => {
  it('lets an admin move a colleague between staff roles, rename or disable them', () => {
    const staff = { id: 's', role: Role.BUREAU_STAFF };
    expect(userUpdateFaults(admin, staff, { role: Role.ADMIN, name: '王芳', active: false })).toEqual([]);
  });

  it('never turns an enterprise account into a staff one or back', () => {
    expect(fields(userUpdateFaults(admin, { id: 'e', role: Role.ENTERPRISE }, { role: Role.ADMIN }))).toEqual([
      'input.role',
    ]);
    expect(fields(userUpdateFaults(admin, { id: 's', role: Role.BUREAU_STAFF }, { role: Role.ENTERPRISE }))).toEqual([
      'input.role',
    ]);
    expect(userUpdateFaults(admin, { id: 'e', role: Role.ENTERPRISE }, { role: Role.ENTERPRISE })).toEqual([]);
  });

  it('reads a null as "leave it as it is"', () => {
    expect(userUpdateFaults(admin, { id: 'a', role: Role.ADMIN }, { name: null, role: null, active: null })).toEqual(
      [],
    );
  });

  it('keeps an admin from disabling or demoting themself, but not from renaming', () => {
    const self = { id: 'a', role: Role.ADMIN };
    expect(fields(userUpdateFaults(admin, self, { active: false, role: Role.BUREAU_STAFF }))).toEqual([
      'input.active',
      'input.role',
    ]);
    expect(userUpdateFaults(admin, self, { name: '管理员', active: true, role: Role.ADMIN })).toEqual([]);
  });
});
