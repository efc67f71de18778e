import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import {
  column,
  labelOf,
  openListExport,
  singlePage,
  toWan,
  WAN,
  WAN_FORMAT,
  type CodeLabels,
  type ListColumn,
  type ListExportFile,
} from '../../core/xlsx/list-export.js';
import type { PoliciesArgs } from './dto/policies.args.js';
import { PoliciesService } from './policies.service.js';
import type { Policy } from './policy.entity.js';

export const POLICY_STATUS_LABELS: CodeLabels = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  PUBLISHED: { zh: '已发布', en: 'Published' },
  RETIRED: { zh: '已废止', en: 'Retired' },
};
export const POLICY_KIND_LABELS: CodeLabels = {
  SUBSIDY: { zh: '资金补贴', en: 'Subsidy' },
  TAX: { zh: '税收优惠', en: 'Tax incentive' },
  TALENT: { zh: '人才', en: 'Talent' },
  LAND: { zh: '用地', en: 'Land' },
  RENT: { zh: '房租', en: 'Rent' },
  FINANCE: { zh: '金融', en: 'Finance' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const POLICY_EXPORT_COLUMNS: readonly ListColumn<Policy>[] = [
  column('标题', 'Title', (p, l) => (l === 'en-US' && p.titleEn ? p.titleEn : p.title), { width: 40 }),
  column('编码', 'Code', (p) => p.code, { width: 18 }),
  column('版本', 'Version', (p) => p.version, { width: 8 }),
  column('类型', 'Kind', (p, l) => labelOf(POLICY_KIND_LABELS, p.kind, l), { width: 12 }),
  column('状态', 'Status', (p, l) => labelOf(POLICY_STATUS_LABELS, p.status, l), { width: 10 }),
  column('最高金额', 'Maximum benefit', (p) => toWan(p.maxBenefit), { unit: WAN, numFmt: WAN_FORMAT, width: 14 }),
  column('发文机关', 'Issued by', (p) => p.issuingDepartment, { width: 24 }),
  column('文号', 'Document number', (p) => p.documentNumber, { width: 20 }),
  column('生效日期', 'Effective from', (p) => p.effectiveFrom, { width: 12 }),
  column('失效日期', 'Effective to', (p) => p.effectiveTo, { width: 12 }),
];

/** Staff: the policy list (every version the filter selects), as .xlsx. */
@Injectable()
export class PolicyExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policies: PoliciesService,
  ) {}

  open(actor: Actor, filter: PoliciesArgs): Promise<ListExportFile> {
    return openListExport(this.dataSource, this.audit, actor, {
      title: { zh: '产业政策', en: 'Policies' },
      slug: 'policies',
      entity: 'Policy',
      filter,
      columns: POLICY_EXPORT_COLUMNS,
      pages: singlePage(() => this.policies.list(actor, filter)),
    });
  }
}
