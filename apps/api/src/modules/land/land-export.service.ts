import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import {
  column,
  connectionPages,
  labelOf,
  mapPages,
  MU,
  openListExport,
  type ListColumn,
  type ListExportFile,
} from '../../core/xlsx/list-export.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { ParksService } from '../parks/parks.service.js';
import type { LandPlotFilter } from './dto/land-plot.input.js';
import { DISPOSAL_ROUTE_LABELS, LAND_STATUS_LABELS } from './land-plot-status.js';
import type { LandPlot } from './land-plot.entity.js';
import { LandService } from './land.service.js';

interface Row {
  plot: LandPlot;
  park?: { name: string; nameEn: string };
  holder: string | null;
}

export const LAND_EXPORT_COLUMNS: readonly ListColumn<Row>[] = [
  column('地块编号', 'Plot', (r) => r.plot.code, { width: 16 }),
  column('园区', 'Park', (r, l) => (r.park ? (l === 'en-US' ? r.park.nameEn : r.park.name) : null), { width: 20 }),
  column('面积', 'Area', (r) => r.plot.areaMu, { unit: MU, width: 10 }),
  column('使用权人', 'Holder', (r) => r.holder, { width: 28 }),
  column('状态', 'Status', (r, l) => labelOf(LAND_STATUS_LABELS, r.plot.status, l), { width: 12 }),
  column('处置方式', 'Disposal route', (r, l) => labelOf(DISPOSAL_ROUTE_LABELS, r.plot.disposalRoute, l), {
    width: 12,
  }),
  column('闲置起始日', 'Idle since', (r) => r.plot.idleSince, { width: 12 }),
  column('开始收回日', 'Recovery started', (r) => r.plot.recoveryStartedOn, { width: 12 }),
  column('收回日', 'Recovered', (r) => r.plot.recoveredOn, { width: 12 }),
  column('再配置日', 'Reassigned', (r) => r.plot.reassignedOn, { width: 12 }),
  column('备注', 'Note', (r) => r.plot.note, { width: 30 }),
];

/** Staff: the plot list for the list's filter, as .xlsx (the `landPlots` query's own order). */
@Injectable()
export class LandExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly land: LandService,
    private readonly parks: ParksService,
    private readonly enterprises: EnterprisesService,
  ) {}

  open(actor: Actor, filter: LandPlotFilter): Promise<ListExportFile> {
    const pages = connectionPages((first, after) => this.land.list(actor, filter, first, after));
    return openListExport(this.dataSource, this.audit, actor, {
      title: { zh: '闲置用地地块', en: 'Land plots' },
      slug: 'land-plots',
      entity: 'LandPlot',
      filter,
      columns: LAND_EXPORT_COLUMNS,
      pages: mapPages(pages, async (plots) => {
        const parkIds = [...new Set(plots.map((p) => p.parkId))];
        const holderIds = [...new Set(plots.map((p) => p.holderEnterpriseId).filter((id): id is string => !!id))];
        // names only: the per-process park-name cache answers without a statement
        const parks = new Map((await this.parks.namesByIds(parkIds)).filter((p) => p !== null).map((p) => [p.id, p]));
        const names = new Map((await this.enterprises.findByIds(holderIds)).map((e) => [e.id, e.name]));
        return plots.map((plot) => ({
          plot,
          park: parks.get(plot.parkId),
          holder: plot.holderEnterpriseId ? (names.get(plot.holderEnterpriseId) ?? null) : plot.holderName,
        }));
      }),
    });
  }
}
