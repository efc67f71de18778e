import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { ApplicationDecisions } from '../applications/application-decisions.service.js';
import { ApplicationTransitions } from '../applications/application-transitions.service.js';
import { PlacementApplication } from '../applications/placement-application.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import type { AllocationAssignmentInput, ApplyAllocationInput } from './dto/apply-allocation.input.js';

const DEFAULT_NOTE = '按分配方案批准 (approved by allocation proposal)';

/**
 * Applies an allocation proposal: every assignment becomes an approval through the one approval
 * path (hard constraints re-checked, space taken by the park's conditional UPDATE), all in ONE
 * transaction. The first refusal undoes them all and names the application and why.
 */
@Injectable()
export class AllocationApplier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly steps: ApplicationTransitions,
    private readonly decisions: ApplicationDecisions,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
  ) {}

  apply(actor: Actor, input: ApplyAllocationInput): Promise<PlacementApplication[]> {
    const assignments = input.assignments;
    const seen = new Set<string>();
    assignments.forEach((a, i) => {
      if (seen.has(a.applicationId)) {
        throw AppError.field(
          `assignments.${i}.applicationId`,
          text('同一申请只能分配一次', 'names an application twice'),
        );
      }
      seen.add(a.applicationId);
    });
    const note = input.note?.trim() || DEFAULT_NOTE;
    return this.dataSource.transaction(async (manager) => {
      // Applications locked in id order, parks taken in park order: two batches never wait on each other in a cycle.
      const byId = [...assignments].sort((a, b) => a.applicationId.localeCompare(b.applicationId));
      const locked = new Map<string, PlacementApplication>();
      for (const a of byId) {
        locked.set(a.applicationId, await this.step(manager, a, assignments, null, () => this.lock(manager, a)));
      }
      const byPark = [...assignments].sort(
        (a, b) => a.parkId.localeCompare(b.parkId) || a.applicationId.localeCompare(b.applicationId),
      );
      const approved = new Map<string, PlacementApplication>();
      for (const a of byPark) {
        const app = locked.get(a.applicationId)!;
        approved.set(
          a.applicationId,
          await this.step(manager, a, assignments, app.enterpriseId, () =>
            this.decisions.approveIn(manager, actor, app, a.parkId, note, false, 'ALLOCATION'),
          ),
        );
      }
      await this.audit.record(manager, actor, {
        action: 'allocation.apply',
        entity: 'PlacementApplication',
        entityId: assignments[0].applicationId,
        after: { note, assignments: assignments.map(({ applicationId, parkId }) => ({ applicationId, parkId })) },
      });
      return assignments.map((a) => approved.get(a.applicationId)!);
    });
  }

  private lock(manager: EntityManager, a: AllocationAssignmentInput) {
    return this.steps.lockForStaff(manager, a.applicationId, a.version);
  }

  /** Runs one assignment's step; a refusal is re-thrown naming the assignment and its enterprise. */
  private async step<T>(
    manager: EntityManager,
    a: AllocationAssignmentInput,
    all: readonly AllocationAssignmentInput[],
    enterpriseId: string | null,
    run: () => Promise<T>,
  ): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const index = all.indexOf(a);
      // A failed statement may have aborted the transaction: then the name is left out.
      const name = await this.applicantName(manager, a.applicationId, enterpriseId).catch(() => null);
      const who = name ? `“${name}”的申请` : '申请';
      const whoEn = name ? `the application of ${name}` : 'the application';
      throw new AppError(
        error.code,
        text(
          `分配方案未执行，未做任何变更。第 ${index + 1} 项（${who}）：${error.text.zh}`,
          `The proposal was not applied and nothing changed. Assignment ${index + 1} (${whoEn}): ${error.text.en}`,
        ),
        error.fields.map((f) => ({ ...f, field: `assignments.${index}.${f.field}` })),
        { ...error.details, applicationId: a.applicationId, assignment: index },
      );
    }
  }

  private async applicantName(manager: EntityManager, applicationId: string, enterpriseId: string | null) {
    const id =
      enterpriseId ??
      (await manager.findOne(PlacementApplication, { where: { id: applicationId }, select: { enterpriseId: true } }))
        ?.enterpriseId;
    if (!id) return null;
    const [enterprise] = await this.enterprises.findByIds([id], manager);
    return enterprise?.name ?? null;
  }
}
