import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ENTERPRISE_TIERS, INDUSTRIES } from '#plan-data';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { LandPlot } from '../land/land-plot.entity.js';
import { todayInChina } from '../enterprises/enterprise-profile.js';
import { parsePeriod, trendMonths } from '../leads/lead-kpi-period.js';
import { Park } from '../parks/park.entity.js';
import { ParkKind, Tier } from '../parks/park.enums.js';
import type {
  ClusterEnterprises,
  EnterpriseTrendMonth,
  PlanDashboard,
  RecoveredLandYear,
} from './plan-dashboard.type.js';

const CARRIERS = [ParkKind.MAKERSPACE, ParkKind.INCUBATOR, ParkKind.ACCELERATOR];
const MONTH = `to_char(date_trunc('month', e."createdAt" AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM')`;

/** The plan dashboard's live half: grouped counts over enterprises and the incubation carriers. */
@Injectable()
export class PlanDashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `includeSample`: sample (demo) enterprises count too. */
  async planDashboard(actor: Actor, includeSample: boolean): Promise<PlanDashboard> {
    const en = actor.locale === 'en-US';
    const manager = this.dataSource.manager;
    const enterprises = () => {
      const query = manager.createQueryBuilder(Enterprise, 'e');
      return includeSample ? query.where('true') : query.where('e.sample = false');
    };

    const grouped: { industry: string | null; tier: string | null; n: number }[] = await enterprises()
      .select('e.industry', 'industry')
      .addSelect('e.tier', 'tier')
      .addSelect('count(*)::int', 'n')
      .groupBy('e.industry')
      .addGroupBy('e.tier')
      .getRawMany();
    const total = grouped.reduce((sum, row) => sum + row.n, 0);
    const priority = INDUSTRIES.filter((industry) => industry.category === 'PRIORITY');
    const byIndustry = (code: string) =>
      grouped.filter((row) => row.industry === code).reduce((sum, row) => sum + row.n, 0);
    const clusters: ClusterEnterprises[] = priority.map((industry) => ({
      industryCode: industry.code,
      name: en ? industry.nameEn : industry.name,
      enterprises: byIndustry(industry.code),
    }));
    const inClusters = clusters.reduce((sum, row) => sum + row.enterprises, 0);
    clusters.push({
      industryCode: null,
      name: en ? 'Other or not entered' : '其他或未填',
      enterprises: total - inClusters,
    });

    const carriers: { total: string | null; free: string | null } | undefined = await manager
      .createQueryBuilder(Park, 'p')
      .select('sum(p."totalFloorSqm")', 'total')
      .addSelect('sum(p."freeFloorSqm")', 'free')
      .where('p.kind IN (:...kinds)', { kinds: CARRIERS })
      // the offshore incubators (深圳, 大连) are not the district's incubation area
      .andWhere('NOT p."outsideDistrict"')
      .getRawOne();
    const floorTotal = Number(carriers?.total ?? 0);
    const floorFree = Number(carriers?.free ?? 0);
    const recovered = await this.recoveredLand(includeSample);

    return {
      enterprises: total,
      enterprisesByCluster: clusters,
      enterprisesByTier: ENTERPRISE_TIERS.map((tier) => ({
        tier: tier.code as Tier,
        enterprises: grouped.filter((row) => row.tier === tier.code).reduce((sum, row) => sum + row.n, 0),
      })),
      incubationFloorInUseSqm: Math.max(0, floorTotal - floorFree),
      incubationFloorTotalSqm: floorTotal,
      idleLandRecoveredMu: recovered.reduce((sum, row) => sum + row.areaMu, 0),
      idleLandRecoveredByYear: recovered,
      enterpriseTrend: await this.trend(enterprises),
    };
  }

  /** Idle land recovered (亩) per year of the plots' recovery dates (recovered, or reassigned since). */
  private async recoveredLand(includeSample: boolean): Promise<RecoveredLandYear[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(LandPlot, 'l')
      .select(`extract(year from l."recoveredOn")::int`, 'year')
      .addSelect('sum(l."areaMu")', 'area')
      .where('l."recoveredOn" IS NOT NULL');
    if (!includeSample) query.andWhere('l.sample = false');
    const rows: { year: number; area: string }[] = await query.groupBy('1').orderBy('1').getRawMany();
    return rows.map((row) => ({ year: row.year, areaMu: Number(row.area) }));
  }

  /** The last 12 months: new records per month (one grouped query) and running totals from before them. */
  private async trend(enterprises: () => SelectQueryBuilder<Enterprise>): Promise<EnterpriseTrendMonth[]> {
    const { months: range } = trendMonths(parsePeriod(null).range, todayInChina());
    if (!range) return [];
    const rows: { month: string; n: number; high: number; sme: number }[] = await enterprises()
      .select(`CASE WHEN ${MONTH} < :first THEN 'before' ELSE ${MONTH} END`, 'month')
      .addSelect('count(*)::int', 'n')
      .addSelect(`count(*) FILTER (WHERE e.tier = :high)::int`, 'high')
      .addSelect(`count(*) FILTER (WHERE e.tier = :sme)::int`, 'sme')
      .setParameters({ first: range.months[0], high: Tier.HIGH_TECH, sme: Tier.TECH_SME })
      .groupBy('1')
      .getRawMany();
    const at = new Map(rows.map((row) => [row.month, row]));
    const before = at.get('before');
    let totals = { all: before?.n ?? 0, high: before?.high ?? 0, sme: before?.sme ?? 0 };
    return range.months.map((month) => {
      const row = at.get(month);
      totals = {
        all: totals.all + (row?.n ?? 0),
        high: totals.high + (row?.high ?? 0),
        sme: totals.sme + (row?.sme ?? 0),
      };
      return {
        month,
        newEnterprises: row?.n ?? 0,
        newHighTech: row?.high ?? 0,
        newTechSme: row?.sme ?? 0,
        totalEnterprises: totals.all,
        totalHighTech: totals.high,
        totalTechSme: totals.sme,
      };
    });
  }
}
