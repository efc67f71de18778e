import { Injectable } from '@nestjs/common';
import { COOPERATION_MODELS } from '#plan-data';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import {
  column,
  labelOf,
  MU,
  openListExport,
  singlePage,
  SQM,
  type CodeLabels,
  type ListColumn,
  type ListExportFile,
} from '../../core/xlsx/list-export.js';
import type { ParkFilter } from './dto/park-filter.input.js';
import type { Park } from './park.entity.js';
import { ParksService } from './parks.service.js';

export const PARK_KIND_LABELS: CodeLabels = {
  INDUSTRIAL_PARK: { zh: '产业园', en: 'Industrial park' },
  ZONE: { zh: '片区', en: 'Zone' },
  SPECIALTY_PARK: { zh: '特色园区', en: 'Specialty park' },
  ENCLAVE_PARK: { zh: '飞地园区', en: 'Enclave park' },
  TOWN: { zh: '特色小镇', en: 'Featured town' },
  MAKERSPACE: { zh: '众创空间', en: 'Makerspace' },
  INCUBATOR: { zh: '孵化器', en: 'Incubator' },
  ACCELERATOR: { zh: '加速器', en: 'Accelerator' },
};

/** 区域托管 · 税收分成: the enclave cooperation models as the plan names them. */
export const COOPERATION_MODEL_LABELS: CodeLabels = Object.fromEntries(
  COOPERATION_MODELS.map((model) => [model.code, { zh: model.name, en: model.nameEn }]),
);

const PERCENT = { zh: '%', en: '%' } as const;

export const PARK_EXPORT_COLUMNS: readonly ListColumn<Park>[] = [
  column('名称', 'Name', (p, l) => (l === 'en-US' ? p.nameEn : p.name), { width: 28 }),
  column('编码', 'Code', (p) => p.code, { width: 18 }),
  column('类型', 'Kind', (p, l) => labelOf(PARK_KIND_LABELS, p.kind, l), { width: 12 }),
  column('总用地', 'Total land', (p) => p.totalLandMu, { unit: MU, width: 12 }),
  column('空闲用地', 'Free land', (p) => p.freeLandMu, { unit: MU, width: 12 }),
  column('总建筑面积', 'Total floor space', (p) => p.totalFloorSqm, { unit: SQM, width: 14 }),
  column('空闲建筑面积', 'Free floor space', (p) => p.freeFloorSqm, { unit: SQM, width: 14 }),
  column('功能定位', 'Positioning', (p, l) => (l === 'en-US' ? p.positioningEn : p.positioning), { width: 40 }),
  column(
    '飞地合作方',
    'Enclave partner',
    (p, l) => (l === 'en-US' ? (p.enclavePartnerEn ?? p.enclavePartner) : p.enclavePartner),
    {
      width: 16,
    },
  ),
  column(
    '合作模式',
    'Cooperation models',
    (p, l) =>
      p.cooperationModels
        .map((model) => labelOf(COOPERATION_MODEL_LABELS, model, l))
        .join(l === 'en-US' ? ', ' : '、') || null,
    { width: 20 },
  ),
  column('我区税收分成比例', 'District tax share', (p) => p.districtTaxSharePercent, { unit: PERCENT, width: 14 }),
];

/** Staff: the park list for the list's filter, as .xlsx. */
@Injectable()
export class ParkExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly parks: ParksService,
  ) {}

  open(actor: Actor, filter: ParkFilter): Promise<ListExportFile> {
    return openListExport(this.dataSource, this.audit, actor, {
      title: { zh: '园区与载体', en: 'Parks' },
      slug: 'parks',
      entity: 'Park',
      filter,
      columns: PARK_EXPORT_COLUMNS,
      pages: singlePage(() => this.parks.list(actor, filter)),
    });
  }
}
