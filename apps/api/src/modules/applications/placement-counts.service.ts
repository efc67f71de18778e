import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApplicationStatus } from './application.enums.js';

/** Placements (approved or moved-in applications) in one park, with the park's enclave terms. */
export interface ParkPlacementCount {
  parkId: string;
  name: string;
  nameEn: string;
  enclave: boolean;
  enclavePartner: string | null;
  enclavePartnerEn: string | null;
  districtTaxSharePercent: number | null;
  placements: number;
  landMu: number;
  floorSqm: number;
}

/** A placement is an application approved into a park, whether or not the firm has moved in yet. */
export const PLACED_STATUSES = [ApplicationStatus.APPROVED, ApplicationStatus.MOVED_IN];

interface Row {
  parkId: string;
  name: string;
  nameEn: string;
  kind: string;
  enclavePartner: string | null;
  enclavePartnerEn: string | null;
  share: string | null;
  placements: number;
  landMu: string;
  floorSqm: string;
}

/** Placements per park, for the KPIs (one grouped query over the status index). */
@Injectable()
export class PlacementCounts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `includeSample`: placements of sample (demo) enterprises count too. */
  async perPark(includeSample: boolean): Promise<ParkPlacementCount[]> {
    const rows: Row[] = await this.dataSource
      .createQueryBuilder()
      .select('p.id', 'parkId')
      .addSelect('p.name', 'name')
      .addSelect('p."nameEn"', 'nameEn')
      .addSelect('p.kind', 'kind')
      .addSelect('p."enclavePartner"', 'enclavePartner')
      .addSelect('p."enclavePartnerEn"', 'enclavePartnerEn')
      .addSelect('p."districtTaxSharePercent"', 'share')
      .addSelect('count(*)::int', 'placements')
      .addSelect('coalesce(sum(a."reservedLandMu"), 0)', 'landMu')
      .addSelect('coalesce(sum(a."reservedFloorSqm"), 0)', 'floorSqm')
      .from('placement_applications', 'a')
      .innerJoin('parks', 'p', 'p.id = a."parkId"')
      .innerJoin('enterprises', 'e', 'e.id = a."enterpriseId"')
      .where('a.status IN (:...statuses)', { statuses: PLACED_STATUSES })
      .andWhere(includeSample ? 'true' : 'e.sample = false')
      .groupBy('p.id')
      .orderBy('p."sortOrder"')
      .addOrderBy('p.code')
      .getRawMany();
    return rows.map((row) => ({
      parkId: row.parkId,
      name: row.name,
      nameEn: row.nameEn,
      enclave: row.kind === 'ENCLAVE_PARK',
      enclavePartner: row.enclavePartner,
      enclavePartnerEn: row.enclavePartnerEn,
      districtTaxSharePercent: row.share === null ? null : Number(row.share),
      placements: Number(row.placements),
      landMu: Number(row.landMu),
      floorSqm: Number(row.floorSqm),
    }));
  }
}
