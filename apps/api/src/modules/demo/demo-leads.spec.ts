import { describe, expect, it } from '@jest/globals';
import { findPark, INDUSTRIES } from '#plan-data';
import { addWorkingDays } from '../../core/time/working-days.js';
import { validateUscc } from '../enterprises/uscc.js';
import { toLeadFields } from '../leads/lead-rules.js';
import { allowedMoves, moveFaults, PIPELINE, requirementsOf } from '../leads/lead-stage.js';
import { LeadSource, LeadStage as S } from '../leads/lead.enums.js';
import { DemoClock } from './demo-clock.js';
import { generateDemoSet } from './demo-generator.js';

const TODAY = '2026-06-15';
const clock = new DemoClock(TODAY);
const now = clock.at(0, 0);
const set = generateDemoSet({ today: TODAY });
const leads = set.leads;
const PRIORITY = INDUSTRIES.filter((i) => i.category === 'PRIORITY');

describe('the sample pipeline', () => {
  it('is the same for the same seed and day', () => {
    expect(generateDemoSet({ today: TODAY }).leads).toEqual(leads);
    expect(generateDemoSet({ today: TODAY, seed: 'other' }).leads.map((l) => l.fields.companyName)).not.toEqual(
      leads.map((l) => l.fields.companyName),
    );
  });

  it('has 60–80 leads at every stage, lost ones with their reason, names unique and marked 示例', () => {
    expect(leads.length).toBeGreaterThanOrEqual(60);
    expect(leads.length).toBeLessThanOrEqual(80);
    for (const stage of [...PIPELINE, S.LOST]) expect(leads.some((l) => l.fields.stage === stage)).toBe(true);
    const names = leads.map((l) => l.fields.companyName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/（示例）$/);
    const enterpriseNames = new Set(set.enterprises.map((e) => e.name));
    // Only the registered projects carry their enterprise's name.
    for (const lead of leads) expect(enterpriseNames.has(lead.fields.companyName)).toBe(lead.enterpriseUscc !== null);
    for (const lead of leads.filter((l) => l.fields.stage === S.LOST)) {
      expect(lead.fields.lostReason).toBeTruthy();
      expect(lead.fields.lostFromStage).toBeTruthy();
    }
  });

  it('spreads over the four clusters, their chain segments, the plan’s channels and parks', () => {
    for (const industry of PRIORITY) {
      const own = leads.filter((l) => l.fields.industryCode === industry.code);
      expect(own.length).toBeGreaterThanOrEqual(12);
      expect(new Set(own.map((l) => l.fields.chainSegment)).size).toBeGreaterThanOrEqual(4);
    }
    const sources = new Set(leads.map((l) => l.fields.source));
    for (const source of [LeadSource.EXPO_CHINA_EURASIA, LeadSource.VIA_ENTERPRISE, LeadSource.PAIRING_PROVINCE]) {
      expect(sources.has(source)).toBe(true);
    }
    for (const lead of leads) {
      expect(toLeadFields(lead.fields).faults).toEqual([]);
      if (lead.targetParkCode) expect(findPark(lead.targetParkCode)).toBeDefined();
    }
    expect(leads.some((l) => l.fields.targetFlags.length > 0)).toBe(true);
  });

  it('holds every field its stage requires, with contracted figures near the planned ones', () => {
    for (const { fields, targetParkCode } of leads) {
      const values = { ...fields, targetParkId: targetParkCode };
      const stage = fields.stage === S.LOST ? fields.lostFromStage! : fields.stage;
      const missing = requirementsOf(stage).filter((f) => values[f] === null || values[f] === undefined);
      expect({ lead: fields.companyName, missing }).toEqual({ lead: fields.companyName, missing: [] });
      if (fields.contractedInvestment) {
        expect(fields.contractedInvestment / fields.plannedInvestment!).toBeGreaterThan(0.7);
        expect(fields.contractedInvestment / fields.plannedInvestment!).toBeLessThan(1.2);
      }
    }
  });

  it('has a history of allowed moves, each accepted by the stage rules, over the last 18 months', () => {
    for (const { fields, history, targetParkCode, activities } of leads) {
      expect(history[0]).toMatchObject({ from: null, to: S.LEAD });
      expect(history[0].at).toEqual(fields.createdAt);
      expect(history[history.length - 1].to).toBe(fields.stage);
      expect(history[history.length - 1].at).toEqual(fields.stageChangedAt);
      for (let k = 1; k < history.length; k += 1) {
        const { from, to, at, note } = history[k];
        expect(from).toBe(history[k - 1].to);
        expect(at.getTime()).toBeGreaterThan(history[k - 1].at.getTime());
        expect(allowedMoves(from!, null)).toContain(to);
        expect(
          moveFaults({ ...fields, targetParkId: targetParkCode, stage: from!, lostFromStage: null }, to, note),
        ).toEqual([]);
      }
      expect(clock.daysAgo(fields.createdAt)).toBeLessThanOrEqual(540);
      expect(fields.stageChangedAt.getTime()).toBeLessThan(now.getTime());
      for (const activity of activities) {
        expect(activity.occurredAt.getTime()).toBeGreaterThanOrEqual(fields.createdAt.getTime());
        expect(activity.occurredAt.getTime()).toBeLessThan(now.getTime());
        expect(activity.summary).not.toMatch(/[{}]/);
      }
    }
    // Trends have shape: leads were created across the period, not on one day.
    const months = new Set(leads.map((l) => l.fields.createdAt.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(10);
  });

  it('links registered projects to sample enterprises by their code', () => {
    const codes = new Set(set.enterprises.map((e) => e.uscc));
    const registered = leads.filter((l) => PIPELINE.indexOf(l.fields.stage) >= PIPELINE.indexOf(S.REGISTERED));
    expect(registered.length).toBeGreaterThan(0);
    for (const lead of registered) {
      expect(lead.enterpriseUscc).toBe(lead.fields.uscc);
      expect(codes.has(lead.enterpriseUscc!)).toBe(true);
      expect(validateUscc(lead.fields.uscc!).valid).toBe(true);
    }
  });

  it('has overdue and answered enquiries, overdue next actions and activities on the others', () => {
    const overdueEnquiries = leads.filter(
      (l) => l.fields.responseDueAt && !l.fields.firstResponseAt && l.fields.responseDueAt < now,
    );
    expect(overdueEnquiries.length).toBeGreaterThanOrEqual(3);
    for (const lead of overdueEnquiries) {
      expect(lead.fields.stage).toBe(S.LEAD);
      expect(lead.activities).toEqual([]);
      expect(lead.fields.responseDueAt).toEqual(addWorkingDays(lead.fields.enquiryReceivedAt!, 2));
    }
    expect(leads.some((l) => !l.fields.firstResponseAt && l.fields.responseDueAt && l.fields.responseDueAt > now)).toBe(
      true,
    );
    const answered = leads.filter((l) => l.fields.firstResponseAt);
    expect(answered.length).toBeGreaterThanOrEqual(2);
    for (const lead of answered) expect(lead.fields.firstResponseAt! > lead.fields.enquiryReceivedAt!).toBe(true);
    const overdueActions = leads.filter((l) => l.fields.nextActionDate && l.fields.nextActionDate < TODAY);
    expect(overdueActions.length).toBeGreaterThanOrEqual(5);
    expect(leads.some((l) => l.fields.nextActionDate && l.fields.nextActionDate > TODAY)).toBe(true);
    const withActivities = leads.filter((l) => l.activities.length > 0);
    expect(withActivities.length).toBeGreaterThan(leads.length * 0.8);
  });

  it('records yearly actuals of every plant in production, a few short of their commitments', () => {
    const operating = leads.filter((l) => l.fields.stage === S.OPERATING || l.fields.stage === S.AFTERCARE);
    for (const lead of operating) expect(lead.actuals.length).toBeGreaterThan(0);
    for (const lead of leads.filter((l) => !operating.includes(l))) expect(lead.actuals).toEqual([]);
    const short = operating.filter((l) => l.actuals.some((a) => a.taxPaid < 0.7 * l.fields.contractedAnnualTax!));
    expect(short.length).toBeGreaterThanOrEqual(2);
    expect(short.length).toBeLessThan(operating.length);
  });
});
