import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import {
  column,
  connectionPages,
  labelOf,
  openListExport,
  type CodeLabels,
  type ListColumn,
  type ListExportFile,
} from '../xlsx/list-export.js';
import type { UserExportQuery } from './dto/user-export.query.js';
import { UserAdminService } from './user-admin.service.js';
import type { User } from './user.entity.js';

export const ROLE_LABELS: CodeLabels = {
  ADMIN: { zh: '管理员', en: 'Administrator' },
  BUREAU_STAFF: { zh: '招商局工作人员', en: 'Investment bureau staff' },
  ENTERPRISE: { zh: '企业用户', en: 'Enterprise user' },
};

const moment = (value: Date | null) => (value ? value.toISOString().slice(0, 16).replace('T', ' ') : null);

export const USER_EXPORT_COLUMNS: readonly ListColumn<User>[] = [
  column('邮箱', 'Email', (u) => u.email, { width: 28 }),
  column('姓名', 'Name', (u) => u.name, { width: 16 }),
  column('角色', 'Role', (u, l) => labelOf(ROLE_LABELS, u.role, l), { width: 18 }),
  column(
    '状态',
    'State',
    (u, l) => (u.active ? (l === 'en-US' ? 'Active' : '启用') : l === 'en-US' ? 'Disabled' : '已停用'),
    {
      width: 10,
    },
  ),
  column('创建日期', 'Created', (u) => u.createdAt.toISOString().slice(0, 10), { width: 12 }),
  column('最近登录（UTC）', 'Last sign-in (UTC)', (u) => moment(u.lastSignInAt), { width: 18 }),
];

/** Admins: the user list for the list's filter, as .xlsx (never a password hash). */
@Injectable()
export class UserExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly users: UserAdminService,
  ) {}

  open(actor: Actor, filter: UserExportQuery): Promise<ListExportFile> {
    return openListExport(this.dataSource, this.audit, actor, {
      title: { zh: '用户', en: 'Users' },
      slug: 'users',
      entity: 'User',
      filter,
      columns: USER_EXPORT_COLUMNS,
      pages: connectionPages((first, after) => this.users.list(actor, filter, first, after)),
    });
  }
}
