import type { IndustryData } from '#plan-data';
import { CoverageStatus, type ClusterCoverage } from './dashboard.type.js';

export interface SegmentCounts {
  enterprises: ReadonlyMap<string, number>;
  leads: ReadonlyMap<string, { landed: number; open: number }>;
}

/**
 * Each priority cluster's chain, segment by segment: LANDED when an enterprise or a signed project
 * fills it, IN_PIPELINE when only open leads would, MISSING otherwise (the 补链 targets).
 */
export function chainCoverage(
  clusters: readonly IndustryData[],
  counts: SegmentCounts,
  english: boolean,
): ClusterCoverage[] {
  return clusters.map((industry) => {
    const segments = industry.segments.map((segment) => {
      const enterprises = counts.enterprises.get(segment.code) ?? 0;
      const { landed, open } = counts.leads.get(segment.code) ?? { landed: 0, open: 0 };
      const status =
        enterprises + landed > 0
          ? CoverageStatus.LANDED
          : open > 0
            ? CoverageStatus.IN_PIPELINE
            : CoverageStatus.MISSING;
      return {
        code: segment.code,
        name: english ? segment.nameEn : segment.name,
        enterprises,
        signedProjects: landed,
        openLeads: open,
        status,
      };
    });
    return {
      industryCode: industry.code,
      name: english ? industry.nameEn : industry.name,
      segments,
      missing: segments.filter((s) => s.status === CoverageStatus.MISSING).length,
    };
  });
}
