import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import type { LocalizedText } from '../../core/errors/app-error.js';
import {
  column,
  connectionPages,
  labelOf,
  mapPages,
  MU,
  openListExport,
  SQM,
  toWan,
  WAN,
  WAN_FORMAT,
  type CodeLabels,
  type ListColumn,
  type ListExportFile,
} from '../../core/xlsx/list-export.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { ParksService } from '../parks/parks.service.js';
import { ApplicationStatus } from './application.enums.js';
import { ApplicationsService } from './applications.service.js';
import type { ApplicationExportQuery } from './dto/application-export.query.js';
import type { PlacementApplication } from './placement-application.entity.js';

export const APPLICATION_STATUS_LABELS = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  SUBMITTED: { zh: '已提交', en: 'Submitted' },
  SCREENING: { zh: '初筛中', en: 'Screening' },
  RECOMMENDED: { zh: '已推荐', en: 'Recommended' },
  UNDER_REVIEW: { zh: '审核中', en: 'Under review' },
  RETURNED: { zh: '待补正', en: 'Returned for correction' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '已驳回', en: 'Rejected' },
  MOVED_IN: { zh: '已入驻', en: 'Moved in' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
} satisfies Record<ApplicationStatus, LocalizedText>;
export const APPLICATION_KIND_LABELS: CodeLabels = {
  LAND: { zh: '项目用地', en: 'Land' },
  FACTORY: { zh: '标准厂房', en: 'Standard factory' },
  OFFICE: { zh: '办公用房', en: 'Office space' },
  INCUBATOR_SEAT: { zh: '孵化器工位', en: 'Incubator seat' },
};

interface Row {
  app: PlacementApplication;
  enterprise?: string;
  park?: { name: string; nameEn: string };
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export const APPLICATION_EXPORT_COLUMNS: readonly ListColumn<Row>[] = [
  column('申请企业', 'Enterprise', (r) => r.enterprise ?? null, { width: 32 }),
  column('申请类型', 'Kind', (r, l) => labelOf(APPLICATION_KIND_LABELS, r.app.kind, l), { width: 14 }),
  column('状态', 'Status', (r, l) => labelOf(APPLICATION_STATUS_LABELS, r.app.status, l), { width: 10 }),
  column('用地', 'Land', (r) => r.app.landMu, { unit: MU, width: 10 }),
  column('建筑面积', 'Floor space', (r) => r.app.floorSqm, { unit: SQM, width: 12 }),
  column('计划投资额', 'Planned investment', (r) => toWan(r.app.plannedInvestment), {
    unit: WAN,
    numFmt: WAN_FORMAT,
    width: 14,
  }),
  column('就业人数', 'Jobs', (r) => r.app.jobs, { width: 10 }),
  column('分配园区', 'Allocated park', (r, l) => (r.park ? (l === 'en-US' ? r.park.nameEn : r.park.name) : null), {
    width: 20,
  }),
  column('项目简介', 'Summary', (r) => r.app.summary, { width: 40 }),
  column('提交日期', 'Submitted', (r) => day(r.app.submittedAt), { width: 12 }),
  column('决定日期', 'Decided', (r) => day(r.app.decidedAt), { width: 12 }),
];

/** Staff: the application list for the list's filter, as .xlsx (the `applications` query's own order). */
@Injectable()
export class ApplicationExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly applications: ApplicationsService,
    private readonly enterprises: EnterprisesService,
    private readonly parks: ParksService,
  ) {}

  open(actor: Actor, filter: ApplicationExportQuery): Promise<ListExportFile> {
    const pages = connectionPages((first, after) => this.applications.list(actor, filter, first, after));
    return openListExport(this.dataSource, this.audit, actor, {
      title: { zh: '入驻申请', en: 'Placement applications' },
      slug: 'applications',
      entity: 'PlacementApplication',
      filter,
      columns: APPLICATION_EXPORT_COLUMNS,
      pages: mapPages(pages, async (apps) => {
        const enterpriseIds = [...new Set(apps.map((a) => a.enterpriseId))];
        const parkIds = [...new Set(apps.map((a) => a.parkId).filter((id): id is string => !!id))];
        const names = new Map((await this.enterprises.findByIds(enterpriseIds)).map((e) => [e.id, e.name]));
        const parks = new Map((parkIds.length ? await this.parks.findByIds(parkIds) : []).map((p) => [p.id, p]));
        return apps.map((app) => ({
          app,
          enterprise: names.get(app.enterpriseId),
          park: app.parkId ? parks.get(app.parkId) : undefined,
        }));
      }),
    });
  }
}
