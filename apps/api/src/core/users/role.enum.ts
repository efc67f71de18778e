import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  BUREAU_STAFF = 'BUREAU_STAFF',
  ENTERPRISE = 'ENTERPRISE',
}

registerEnumType(Role, { name: 'Role', description: 'ADMIN 管理员 · BUREAU_STAFF 招商局工作人员 · ENTERPRISE 企业' });
