import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';
import { Role } from '../../core/users/role.enum.js';
import { FILE_LABEL, FileOwnerRegistry } from '../files/file-owner-registry.js';
import { DOCUMENT_CODES } from './application-documents.js';
import { STATUS_LABELS } from './application-status.js';
import { ApplicationStatus as S } from './application.enums.js';
import { PlacementApplication } from './placement-application.entity.js';

export const APPLICATION_FILES = 'application';

/** Statuses in which the enterprise may still add and remove documents: a draft, or returned for correction. */
export const EDITABLE: readonly S[] = [S.DRAFT, S.RETURNED];

/** Staff see every application but drafts; an enterprise only its own (as ApplicationsService reads). */
export const mayReadApplication = (actor: Actor, app: Pick<PlacementApplication, 'enterpriseId' | 'status'>) =>
  isStaff(actor)
    ? app.status !== S.DRAFT
    : actor.role === Role.ENTERPRISE && !!actor.enterpriseId && actor.enterpriseId === app.enterpriseId;

const assertEditable = (app: PlacementApplication): void => {
  if (EDITABLE.includes(app.status)) return;
  const label = STATUS_LABELS[app.status];
  throw AppError.faults([
    fieldFault(
      'status',
      `申请状态为“${label.zh}”，材料只能在草稿或待补正时添加或删除`,
      `the application is ${label.en}; documents change only in a draft or while returned for correction`,
    ),
  ]);
};

/**
 * Who may see, add and remove an application's documents: the applicant enterprise's users and
 * staff see them (another enterprise: NOT_FOUND); only the applicant attaches and removes, while
 * the application is a draft or returned for correction. Every file names its document
 * (`category`: BUSINESS_LICENSE, FEASIBILITY_STUDY, …).
 */
@Injectable()
export class ApplicationFilesPolicy implements OnModuleInit {
  constructor(private readonly registry: FileOwnerRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      kind: APPLICATION_FILES,
      categories: DOCUMENT_CODES,
      assertCanAttach: async (manager, actor, id) => {
        const app = await this.application(manager, actor, id);
        if (actor.role !== Role.ENTERPRISE) throw AppError.forbidden();
        assertEditable(app);
      },
      readable: async (manager, actor, ids) => {
        const rows = await manager.find(PlacementApplication, {
          where: { id: In([...ids]) },
          select: { id: true, enterpriseId: true, status: true },
        });
        return new Set(rows.filter((row) => mayReadApplication(actor, row)).map((row) => row.id));
      },
      assertCanRemove: async (manager, actor, id) => assertEditable(await this.application(manager, actor, id)),
    });
  }

  private async application(manager: EntityManager, actor: Actor, id: string): Promise<PlacementApplication> {
    const app = await manager.findOne(PlacementApplication, { where: { id } });
    if (!app || !mayReadApplication(actor, app)) throw AppError.notFound(FILE_LABEL);
    return app;
  }
}
