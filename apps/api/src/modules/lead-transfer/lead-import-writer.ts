import type { EntityManager } from 'typeorm';
import { OutboxEvent } from '../../core/queue/outbox-event.entity.js';
import { OUTBOX_CHANNEL } from '../../core/queue/outbox.service.js';
import { LEAD_CHANGED } from '../leads/lead-changed.job.js';
import { LeadStageChange } from '../leads/lead-stage-change.entity.js';
import type { Lead } from '../leads/lead.entity.js';
import { LeadStage } from '../leads/lead.enums.js';

/** The columns an import writes, with their SQL types (for jsonb_to_recordset). */
const COLUMNS: Readonly<Record<string, string>> = {
  companyName: 'varchar',
  uscc: 'varchar',
  origin: 'varchar',
  ownership: 'varchar',
  targetFlags: 'varchar[]',
  source: 'varchar',
  sourceDetail: 'varchar',
  industryCode: 'varchar',
  chainSegment: 'varchar',
  summary: 'text',
  plannedInvestment: 'numeric',
  jobs: 'int',
  expectedAnnualTax: 'numeric',
  landMu: 'numeric',
  floorSqm: 'numeric',
  targetParkId: 'uuid',
  ownerId: 'uuid',
  probability: 'int',
  expectedSigningDate: 'date',
  nextAction: 'text',
  nextActionDate: 'date',
  tags: 'varchar[]',
};
/** Set on a new lead only; an update never touches them. */
const INSERT_ONLY: Readonly<Record<string, string>> = {
  id: 'uuid',
  version: 'int',
  stage: 'varchar',
  enquiryReceivedAt: 'timestamptz',
  responseDueAt: 'timestamptz',
};

const quote = (name: string) => `"${name}"`;
const ALL = { ...INSERT_ONLY, ...COLUMNS };
const NAMES = Object.keys(ALL).map(quote).join(', ');
const RECORD = Object.entries(ALL)
  .map(([name, type]) => `${quote(name)} ${type}`)
  .join(', ');
const SET = Object.keys(COLUMNS)
  .map((name) => `${quote(name)} = EXCLUDED.${quote(name)}`)
  .join(', ');

/**
 * New leads and changes to existing ones, in one statement: `INSERT … ON CONFLICT (id) DO UPDATE`
 * over a JSON array of full rows. An update carries the version it expects next, and only a lead
 * still at the version read is changed (optimistic locking); the ids written are returned, so a
 * lead changed by someone else meanwhile is left alone and reported.
 */
export async function upsertLeads(manager: EntityManager, rows: readonly Partial<Lead>[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const written: { id: string }[] = await manager.query(
    `INSERT INTO leads (${NAMES})
     SELECT ${NAMES} FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD})
     ON CONFLICT ("id") DO UPDATE SET ${SET}, "version" = EXCLUDED."version", "updatedAt" = now()
     WHERE leads."version" = EXCLUDED."version" - 1
     RETURNING "id"`,
    [
      JSON.stringify(
        rows.map((row) => Object.fromEntries(Object.keys(ALL).map((key) => [key, row[key as keyof Lead] ?? null]))),
      ),
    ],
  );
  return new Set(written.map((row) => row.id));
}

/** The first history entry of each new lead, and a scoring job for every lead written, in bulk. */
export async function afterLeadsWritten(
  manager: EntityManager,
  actorId: string | null,
  createdIds: readonly string[],
  writtenIds: readonly string[],
): Promise<void> {
  if (createdIds.length) {
    await manager.insert(
      LeadStageChange,
      createdIds.map((leadId) => ({ leadId, from: null, to: LeadStage.LEAD, actorId })),
    );
  }
  if (writtenIds.length) {
    // What OutboxService.enqueue writes, one row per lead, in one insert and one notification.
    await manager.insert(
      OutboxEvent,
      writtenIds.map((leadId) =>
        manager.create(OutboxEvent, { queue: LEAD_CHANGED.queue, name: LEAD_CHANGED.name, payload: { leadId } }),
      ),
    );
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, LEAD_CHANGED.queue]);
  }
}
