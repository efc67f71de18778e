import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { User } from '../../core/users/user.entity.js';
import {
  column,
  connectionPages,
  labelOf,
  mapPages,
  openListExport,
  type CodeLabels,
  type ListColumn,
  type ListExportFile,
} from '../../core/xlsx/list-export.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import type { RequestExportQuery } from './dto/request-export.query.js';
import type { EnterpriseRequest } from './enterprise-request.entity.js';
import { RequestsService } from './requests.service.js';

export const REQUEST_KIND_LABELS: CodeLabels = {
  POLICY: { zh: '政策咨询', en: 'Policy question' },
  PERMIT: { zh: '审批办事', en: 'Permits and procedures' },
  FINANCING: { zh: '融资需求', en: 'Financing' },
  TALENT: { zh: '人才用工', en: 'Staff and talent' },
  LAND_SPACE: { zh: '用地用房', en: 'Land and premises' },
  UTILITIES: { zh: '水电气暖', en: 'Water, power, gas, heating' },
  COMPLAINT: { zh: '投诉', en: 'Complaint' },
  OTHER: { zh: '其他', en: 'Other' },
};
export const REQUEST_STATUS_LABELS: CodeLabels = {
  OPEN: { zh: '待答复', en: 'Open' },
  ANSWERED: { zh: '已答复', en: 'Answered' },
  RESOLVED: { zh: '已解决', en: 'Resolved' },
  CLOSED: { zh: '已关闭', en: 'Closed' },
};

interface Row {
  request: EnterpriseRequest;
  enterprise?: string;
  owner?: string;
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export const REQUEST_EXPORT_COLUMNS: readonly ListColumn<Row>[] = [
  column('企业', 'Enterprise', (r) => r.enterprise ?? null, { width: 32 }),
  column('诉求类型', 'Kind', (r, l) => labelOf(REQUEST_KIND_LABELS, r.request.kind, l), { width: 14 }),
  column('主题', 'Subject', (r) => r.request.subject, { width: 36 }),
  column('状态', 'Status', (r, l) => labelOf(REQUEST_STATUS_LABELS, r.request.status, l), { width: 10 }),
  column('负责人', 'Assignee', (r) => r.owner ?? null, { width: 20 }),
  column('提交日期', 'Filed', (r) => day(r.request.createdAt), { width: 12 }),
  column('答复期限', 'Answer due', (r) => day(r.request.responseDueAt), { width: 12 }),
  column('满意度', 'Satisfaction', (r) => r.request.satisfaction, { width: 8 }),
];

/** Staff: the request queue for the list's filter, as .xlsx (the `requests` query's own order). */
@Injectable()
export class RequestExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly requests: RequestsService,
    private readonly enterprises: EnterprisesService,
  ) {}

  open(actor: Actor, filter: RequestExportQuery): Promise<ListExportFile> {
    const pages = connectionPages((first, after) => this.requests.list(actor, filter, first, after));
    return openListExport(this.dataSource, this.audit, actor, {
      title: { zh: '企业诉求', en: 'Enterprise requests' },
      slug: 'requests',
      entity: 'EnterpriseRequest',
      filter,
      columns: REQUEST_EXPORT_COLUMNS,
      pages: mapPages(pages, async (requests) => {
        const enterpriseIds = [...new Set(requests.map((r) => r.enterpriseId))];
        const ownerIds = [...new Set(requests.map((r) => r.ownerId).filter((id): id is string => !!id))];
        const names = new Map((await this.enterprises.findByIds(enterpriseIds)).map((e) => [e.id, e.name]));
        const owners = new Map(
          (ownerIds.length
            ? await this.dataSource.manager.find(User, {
                where: { id: In(ownerIds) },
                select: { id: true, name: true },
              })
            : []
          ).map((u) => [u.id, u.name]),
        );
        return requests.map((request) => ({
          request,
          enterprise: names.get(request.enterpriseId),
          owner: request.ownerId ? owners.get(request.ownerId) : undefined,
        }));
      }),
    });
  }
}
