import { describe, expect, it } from '@jest/globals';
import { roleCan } from './permissions';

describe('roleCan', () => {
  it('lets every role read the reference data', () => {
    for (const role of ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'] as const) {
      for (const resource of ['plan', 'industries', 'parks', 'parks-map'])
        expect(roleCan(role, resource, 'list')).toBe(true);
      expect(roleCan(role, 'parks', 'show')).toBe(true);
    }
  });

  it('keeps park changes and users to admins, leads to staff', () => {
    expect(roleCan('ADMIN', 'parks', 'edit')).toBe(true);
    expect(roleCan('BUREAU_STAFF', 'parks', 'edit')).toBe(false);
    expect(roleCan('ENTERPRISE', 'users', 'list')).toBe(false);
    expect(roleCan('BUREAU_STAFF', 'leads', 'list')).toBe(true);
    expect(roleCan('ENTERPRISE', 'leads', 'list')).toBe(false);
  });

  it('mirrors the server on enterprises, applications and policies', () => {
    expect(roleCan('ENTERPRISE', 'applications', 'create')).toBe(true);
    expect(roleCan('BUREAU_STAFF', 'applications', 'create')).toBe(false);
    expect(roleCan('BUREAU_STAFF', 'applications', 'edit')).toBe(true);
    expect(roleCan('ENTERPRISE', 'applications', 'edit')).toBe(false);
    expect(roleCan('ENTERPRISE', 'enterprises', 'create')).toBe(false);
    expect(roleCan('BUREAU_STAFF', 'enterprises', 'create')).toBe(true);
    expect(roleCan('ADMIN', 'policies', 'edit')).toBe(true);
    expect(roleCan('BUREAU_STAFF', 'policies', 'edit')).toBe(false);
    expect(roleCan('ENTERPRISE', 'policies', 'show')).toBe(true);
    for (const role of ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'] as const)
      expect(roleCan(role, 'notifications', 'list')).toBe(true);
  });

  it('denies by default', () => {
    expect(roleCan(undefined, 'parks', 'list')).toBe(false);
    expect(roleCan('ADMIN', 'unknown', 'list')).toBe(false);
    expect(roleCan('ADMIN', 'parks', 'delete')).toBe(false);
    expect(roleCan('ADMIN', 'parks', 'fly')).toBe(false);
  });
});
