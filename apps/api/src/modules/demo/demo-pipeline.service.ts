import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type ObjectLiteral } from 'typeorm';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { Role } from '../../core/users/role.enum.js';
import { UsersService } from '../../core/users/users.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { LeadActivity } from '../leads/lead-activity.entity.js';
import { LeadActual } from '../leads/lead-actual.entity.js';
import { LEAD_CHANGED } from '../leads/lead-changed.job.js';
import { LeadStageChange } from '../leads/lead-stage-change.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { ParksService } from '../parks/parks.service.js';
import { DEMO_USERS } from '../reference-data/seed.service.js';
import { EnterpriseRequest } from '../requests/enterprise-request.entity.js';
import { RequestMessage } from '../requests/request-message.entity.js';
import type { DemoLead } from './demo-leads.js';
import type { DemoRequest } from './demo-requests.js';

/** Rows per multi-row insert: well under PostgreSQL's 65 535 parameters at ~40 columns. */
const BATCH = 100;

/**
 * The sample staff who follow sample leads besides the embedded demo staff account. Their
 * addresses are in the reserved .invalid domain and their passwords random and never shown: no
 * one signs in as them (an admin may reset one to try it); they give the owner breakdowns shape.
 */
export const DEMO_STAFF = [
  { email: 'sample.staff1@demo.invalid', name: '李娜（示例招商专员）' },
  { email: 'sample.staff2@demo.invalid', name: '马建军（示例招商专员）' },
] as const;

export interface DemoPipelineResult {
  leads: number;
  requests: number;
}

/**
 * Writes the sample pipeline (leads with their history, activities and actuals) and the sample
 * requests with their threads, flagged `sample`, in multi-row batches in the caller's transaction.
 * Those tables belong to the leads and requests contexts, which have no bulk path of their own: the
 * rows are written here as their services would write them (history per move, an audit row per
 * record, the score job per lead through the outbox). Idempotent: a sample lead of the same name,
 * or a sample request of the same enterprise and subject, is left alone.
 */
@Injectable()
export class DemoPipelineService {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly enterprises: EnterprisesService,
    private readonly parks: ParksService,
    private readonly outbox: OutboxService,
  ) {}

  async load(
    manager: EntityManager,
    leads: readonly DemoLead[],
    requests: readonly DemoRequest[],
  ): Promise<DemoPipelineResult> {
    const owners = await this.owners(manager);
    const codes = [...leads.flatMap((lead) => lead.enterpriseUscc ?? []), ...requests.map((request) => request.uscc)];
    const enterpriseIds = await this.enterprises.idsByUscc(manager, codes);
    return {
      leads: await this.insertLeads(manager, leads, owners, enterpriseIds),
      requests: await this.insertRequests(manager, requests, owners, enterpriseIds),
    };
  }

  /**
   * The embedded demo staff account when there is one, and sample staff (created once) so that leads
   * have more than one owner: one beside the demo account, two on a staging database without it.
   * Each new account costs a password hash, which the embedded first start waits for.
   */
  private async owners(manager: EntityManager): Promise<string[]> {
    const owners: string[] = [];
    const demoStaff = DEMO_USERS.find((user) => user.role === Role.BUREAU_STAFF)!;
    const existing = await this.users.findByEmail(manager, demoStaff.email);
    if (existing?.role === Role.BUREAU_STAFF) owners.push(existing.id);
    for (const staff of DEMO_STAFF.slice(0, owners.length ? 1 : 2)) {
      const found = await this.users.findByEmail(manager, staff.email);
      const user =
        found ??
        (await this.users.insert(manager, SYSTEM_ACTOR, {
          ...staff,
          role: Role.BUREAU_STAFF,
          password: randomBytes(24).toString('base64url'),
        }));
      owners.push(user.id);
    }
    return owners;
  }

  private async insertLeads(
    manager: EntityManager,
    leads: readonly DemoLead[],
    owners: readonly string[],
    enterpriseIds: ReadonlyMap<string, string>,
  ): Promise<number> {
    const names = leads.map((lead) => lead.fields.companyName);
    const existing = await manager.find(Lead, {
      select: { companyName: true },
      where: { sample: true, companyName: In(names) },
    });
    const taken = new Set(existing.map((lead) => lead.companyName));
    const missing = leads.filter((lead) => !taken.has(lead.fields.companyName));
    if (!missing.length) return 0;
    const parkIds = new Map((await this.parks.findActive(manager)).map((park) => [park.code, park.id]));
    const rows = missing.map((lead) => {
      const ownerId = owners[lead.ownerSlot % owners.length];
      const last = [...lead.history.map((h) => h.at), ...lead.activities.map((a) => a.occurredAt)];
      return {
        id: randomUUID(),
        ownerId,
        lead,
        row: {
          ...lead.fields,
          updatedAt: new Date(Math.max(...last.map((moment) => moment.getTime()))),
          targetParkId: (lead.targetParkCode && parkIds.get(lead.targetParkCode)) ?? null,
          enterpriseId: (lead.enterpriseUscc && enterpriseIds.get(lead.enterpriseUscc)) ?? null,
          ownerId,
          sample: true,
        },
      };
    });
    await insertBatched(
      manager,
      Lead,
      rows.map(({ id, row }) => ({ id, ...row })),
    );
    await insertBatched(
      manager,
      LeadStageChange,
      rows.flatMap(({ id, ownerId, lead }) =>
        lead.history.map((change) => ({ leadId: id, ...change, actorId: ownerId })),
      ),
    );
    await insertBatched(
      manager,
      LeadActivity,
      rows.flatMap(({ id, ownerId, lead }) =>
        lead.activities.map((activity) => ({
          leadId: id,
          ...activity,
          actorId: ownerId,
          createdAt: activity.occurredAt,
        })),
      ),
    );
    await insertBatched(
      manager,
      LeadActual,
      rows.flatMap(({ id, ownerId, lead }) =>
        lead.actuals.map((actual) => ({ leadId: id, ...actual, recordedById: ownerId })),
      ),
    );
    await this.audit.recordMany(
      manager,
      SYSTEM_ACTOR,
      rows.map(({ id, lead }) => ({
        action: 'lead.demo',
        entity: 'Lead',
        entityId: id,
        after: { companyName: lead.fields.companyName, stage: lead.fields.stage, sample: true },
      })),
    );
    // The score is the scoring job's to compute, as for any lead (it reads the chain's coverage).
    for (const { id } of rows) await this.outbox.enqueue(manager, LEAD_CHANGED, { leadId: id });
    return rows.length;
  }

  private async insertRequests(
    manager: EntityManager,
    requests: readonly DemoRequest[],
    owners: readonly string[],
    enterpriseIds: ReadonlyMap<string, string>,
  ): Promise<number> {
    // A request of an enterprise that is not there (the demo user's, outside embedded mode) is skipped.
    const filed = requests.filter((request) => enterpriseIds.has(request.uscc));
    const existing = await manager.find(EnterpriseRequest, {
      select: { enterpriseId: true, subject: true },
      where: { sample: true, enterpriseId: In([...new Set(filed.map((r) => enterpriseIds.get(r.uscc)!))]) },
    });
    const taken = new Set(existing.map((request) => `${request.enterpriseId}/${request.subject}`));
    const rows = filed
      .map((request) => ({ request, enterpriseId: enterpriseIds.get(request.uscc)! }))
      .filter(({ request, enterpriseId }) => !taken.has(`${enterpriseId}/${request.subject}`))
      .map(({ request, enterpriseId }) => ({
        id: randomUUID(),
        enterpriseId,
        ownerId: request.ownerSlot === null ? null : owners[request.ownerSlot % owners.length],
        request,
      }));
    if (!rows.length) return 0;
    await insertBatched(
      manager,
      EnterpriseRequest,
      rows.map(({ id, enterpriseId, ownerId, request }) => {
        const moments = [request.filedAt, ...request.messages.map((m) => m.at), request.resolvedAt ?? request.filedAt];
        return {
          id,
          enterpriseId,
          ownerId,
          kind: request.kind,
          subject: request.subject,
          body: request.body,
          status: request.status,
          responseDueAt: request.responseDueAt,
          firstAnsweredAt: request.firstAnsweredAt,
          resolvedAt: request.resolvedAt,
          satisfaction: request.satisfaction,
          satisfactionNote: request.satisfactionNote,
          sample: true,
          createdAt: request.filedAt,
          updatedAt: new Date(Math.max(...moments.map((moment) => moment.getTime()))),
        };
      }),
    );
    await insertBatched(
      manager,
      RequestMessage,
      rows.flatMap(({ id, ownerId, request }) =>
        request.messages.map((message) => ({
          requestId: id,
          // The sample enterprises have no users: their messages carry the role alone.
          authorId: message.fromBureau ? ownerId : null,
          authorRole: message.fromBureau ? Role.BUREAU_STAFF : Role.ENTERPRISE,
          body: message.body,
          internal: message.internal,
          createdAt: message.at,
        })),
      ),
    );
    await this.audit.recordMany(
      manager,
      SYSTEM_ACTOR,
      rows.map(({ id, request }) => ({
        action: 'request.demo',
        entity: 'EnterpriseRequest',
        entityId: id,
        after: { subject: request.subject, status: request.status, sample: true },
      })),
    );
    return rows.length;
  }
}

async function insertBatched<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  rows: readonly Partial<T>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await manager.insert(entity, rows.slice(start, start + BATCH) as never);
  }
}
