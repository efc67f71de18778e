import type { EntityManager } from 'typeorm';
import { LeadActual } from './lead-actual.entity.js';
import { compareCommitments, type CommitmentStatus } from './lead-commitments.js';
import { Lead } from './lead.entity.js';

/** The year it is in China (the bureau's calendar). */
export function chinaYear(now = new Date()): number {
  return Number(now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
}

export function statusOf(lead: Lead, actuals: readonly LeadActual[], allowedShare: number): CommitmentStatus {
  return compareCommitments(lead, actuals, allowedShare, chinaYear());
}

/**
 * Stores whether the lead's actuals fall short of its contract (`commitmentShortfall`, the column
 * the list filters on), in the caller's transaction after any change to either. A derived value:
 * written without moving the lock version, like the score.
 */
export async function refreshShortfallFlag(
  manager: EntityManager,
  leadId: string,
  allowedShare: number,
): Promise<void> {
  const lead = await manager.findOne(Lead, { where: { id: leadId } });
  if (!lead) return;
  const actuals = await manager.find(LeadActual, { where: { leadId } });
  const shortfall = statusOf(lead, actuals, allowedShare).shortfalls.length > 0;
  if (shortfall !== lead.commitmentShortfall) {
    await manager.update(Lead, { id: leadId }, { commitmentShortfall: shortfall });
  }
}
