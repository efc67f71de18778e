import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { scoreLead } from '#matching';
import { INDUSTRIES } from '#plan-data';
import { DataSource, In } from 'typeorm';
import { EnterpriseLookup } from '../enterprises/enterprise-lookup.service.js';
import { Lead } from './lead.entity.js';
import { LeadStage } from './lead.enums.js';

/** Stages at which a project counts as landed for chain coverage (signed or further). */
export const LANDED_STAGES = [
  LeadStage.SIGNED,
  LeadStage.REGISTERED,
  LeadStage.CONSTRUCTING,
  LeadStage.OPERATING,
  LeadStage.AFTERCARE,
];

/** Recomputes a lead's priority score from its fields and the district's chain coverage. */
@Injectable()
export class LeadScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enterprises: EnterpriseLookup,
  ) {}

  async score(leadId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const lead = await manager.findOne(Lead, { where: { id: leadId } });
      if (!lead) return; // merged or deleted since
      const industry = INDUSTRIES.find((i) => i.code === lead.industryCode);
      let segmentTenants: number | null = null;
      if (lead.chainSegment) {
        // Demo leads fill no real chain link: like sample enterprises, they never lower a real lead's score.
        const signed = await manager.count(Lead, {
          where: { chainSegment: lead.chainSegment, stage: In(LANDED_STAGES), sample: false },
        });
        const own = !lead.sample && LANDED_STAGES.includes(lead.stage) ? 1 : 0;
        segmentTenants = (await this.enterprises.countInSegment(manager, lead.chainSegment)) + signed - own;
      }
      const { score, components } = scoreLead({
        plannedInvestment: lead.plannedInvestment,
        expectedAnnualTax: lead.expectedAnnualTax,
        targetFlags: lead.targetFlags,
        industryCode: lead.industryCode,
        chainSegment: lead.chainSegment,
        priorityIndustry: industry?.category === 'PRIORITY',
        highTechIndustry: industry?.category === 'PRIORITY' || industry?.category === 'FUTURE',
        segmentTenants,
        pollutionCategory: lead.pollutionCategory,
      });
      // A derived value: written without moving the lock version, so nobody's open edit is refused for it.
      await manager.update(Lead, { id: leadId }, { score, scoreComponents: components });
    });
  }
}
