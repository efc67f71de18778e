import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ENTERPRISE_TIERS, findIndustry, findPark, findSegment } from '#plan-data';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import {
  column,
  connectionPages,
  labelOf,
  openListExport,
  toWan,
  WAN,
  WAN_FORMAT,
  type CodeLabels,
  type ListColumn,
  type ListExportFile,
} from '../../core/xlsx/list-export.js';
import { EnterpriseExportQuery } from './dto/enterprise-export.query.js';
import type { Enterprise } from './enterprise.entity.js';
import { EnterprisesService } from './enterprises.service.js';

const TIERS: CodeLabels = Object.fromEntries(ENTERPRISE_TIERS.map((t) => [t.code, { zh: t.name, en: t.nameEn }]));
const named = (item: { name: string; nameEn: string } | undefined, code: string | null, en: boolean) =>
  item ? (en ? item.nameEn : item.name) : code;
const yesNo = (value: boolean | null, en: boolean) =>
  value === null ? null : value ? (en ? 'Yes' : '是') : en ? 'No' : '否';
const wan = { unit: WAN, numFmt: WAN_FORMAT, width: 14 };

export const ENTERPRISE_EXPORT_COLUMNS: readonly ListColumn<Enterprise>[] = [
  column('企业名称', 'Name', (e) => e.name, { width: 32 }),
  column('统一社会信用代码', 'USCC', (e) => e.uscc, { width: 22 }),
  column(
    '所属产业',
    'Industry',
    (e, l) => named(e.industry ? findIndustry(e.industry) : undefined, e.industry, l === 'en-US'),
    { width: 18 },
  ),
  column(
    '产业链环节',
    'Chain segment',
    (e, l) => named(e.chainSegment ? findSegment(e.chainSegment) : undefined, e.chainSegment, l === 'en-US'),
    { width: 22 },
  ),
  column('企业层级', 'Tier', (e, l) => labelOf(TIERS, e.tier, l), { width: 16 }),
  column(
    '所在园区',
    'Park',
    (e, l) => named(e.parkCode ? findPark(e.parkCode) : undefined, e.parkCode, l === 'en-US'),
    { width: 20 },
  ),
  column('从业人数', 'Employees', (e) => e.employees, { width: 10 }),
  column('科技人员', 'Tech staff', (e) => e.techStaff, { width: 10 }),
  column('营业收入', 'Revenue', (e) => toWan(e.revenue), wan),
  column('研发投入', 'R&D expense', (e) => toWan(e.rdExpense), wan),
  column('纳税额', 'Tax paid', (e) => toWan(e.taxPaid), wan),
  column('高新技术企业认定', 'High-tech certified', (e, l) => yesNo(e.isHighTechCertified, l === 'en-US'), {
    width: 10,
  }),
  column('示例数据', 'Sample', (e, l) => yesNo(e.sample, l === 'en-US'), { width: 8 }),
];

/** Staff: the enterprise directory for the list's filter, as .xlsx (the `enterprises` query's own order). */
@Injectable()
export class EnterpriseExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly enterprises: EnterprisesService,
  ) {}

  open(actor: Actor, filter: EnterpriseExportQuery): Promise<ListExportFile> {
    return openListExport(this.dataSource, this.audit, actor, {
      title: { zh: '企业名录', en: 'Enterprises' },
      slug: 'enterprises',
      entity: 'Enterprise',
      filter,
      columns: ENTERPRISE_EXPORT_COLUMNS,
      pages: connectionPages((first, after) => this.enterprises.list(actor, filter, first, after)),
    });
  }
}
