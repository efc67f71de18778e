import { toIsoDay } from '#matching';
import { fieldFault as fault, type FieldFault } from '../../core/errors/field-fault.js';
import type { ParkKind, PollutionCategory } from '../parks/park.enums.js';
import type { ParkSpace } from '../parks/park-space.js';
import type { ApplicationInput } from './dto/application.input.js';
import { ApplicationKind } from './application.enums.js';

/** The fields of an application as stored. */
export interface ApplicationFields {
  kind: ApplicationKind;
  landMu: number | null;
  floorSqm: number | null;
  preferredParkIds: string[];
  summary: string;
  plannedInvestment: number | null;
  jobs: number | null;
  expectedAnnualTax: number | null;
  energyTce: number | null;
  pollutionCategory: PollutionCategory | null;
  infrastructureNeeds: string[];
  desiredMoveIn: string | null;
}

/** Incubation carriers (众创空间 → 孵化器 → 加速器): where incubator seats are. */
export const INCUBATION_CARRIERS: ReadonlySet<ParkKind> = new Set(['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR']);

/** What an application takes from a park on approval: land (mu) for LAND, floor space (m²) otherwise. */
export function spaceNeeded(app: Pick<ApplicationFields, 'kind' | 'landMu' | 'floorSqm'>): ParkSpace {
  return app.kind === ApplicationKind.LAND
    ? { column: 'freeLandMu', amount: app.landMu ?? 0 }
    : { column: 'freeFloorSqm', amount: app.floorSqm ?? 0 };
}

/**
 * Faults of an application's fields. A draft may be incomplete; a submitted application names the
 * space it needs (land for LAND, floor space otherwise) and what the project is.
 */
export function checkApplication(fields: ApplicationFields, submitting: boolean): FieldFault[] {
  const faults: FieldFault[] = [];
  if (fields.desiredMoveIn !== null && toIsoDay(fields.desiredMoveIn) !== fields.desiredMoveIn) {
    faults.push(fault('desiredMoveIn', '不是有效日期（应为 YYYY-MM-DD）', 'is not a date (YYYY-MM-DD)'));
  }
  if (new Set(fields.preferredParkIds).size !== fields.preferredParkIds.length) {
    faults.push(fault('preferredParkIds', '意向园区重复', 'names a park twice'));
  }
  if (!submitting) return faults;
  if (fields.kind === ApplicationKind.LAND) {
    if (!fields.landMu || fields.landMu <= 0)
      faults.push(fault('landMu', '用地申请须填写所需用地面积（亩）', 'a LAND application needs landMu > 0'));
  } else if (!fields.floorSqm || fields.floorSqm <= 0) {
    faults.push(fault('floorSqm', '须填写所需面积（平方米）', `a ${fields.kind} application needs floorSqm > 0`));
  }
  if (!fields.summary.trim()) faults.push(fault('summary', '须填写项目简介', 'must describe the project'));
  return faults;
}

/** Whether a park can host this kind of application: seats only in incubation carriers, land only outside them. */
export function kindFitsPark(kind: ApplicationKind, parkKind: ParkKind): boolean {
  if (kind === ApplicationKind.INCUBATOR_SEAT) return INCUBATION_CARRIERS.has(parkKind);
  if (kind === ApplicationKind.LAND) return !INCUBATION_CARRIERS.has(parkKind);
  return true;
}

/** The stored fields of an input: absent values are null, the summary trimmed. */
export function toFields(input: ApplicationInput): ApplicationFields {
  return {
    kind: input.kind,
    landMu: input.landMu ?? null,
    floorSqm: input.floorSqm ?? null,
    preferredParkIds: input.preferredParkIds ?? [],
    summary: input.summary?.trim() ?? '',
    plannedInvestment: input.plannedInvestment ?? null,
    jobs: input.jobs ?? null,
    expectedAnnualTax: input.expectedAnnualTax ?? null,
    energyTce: input.energyTce ?? null,
    pollutionCategory: input.pollutionCategory ?? null,
    infrastructureNeeds: [...new Set(input.infrastructureNeeds ?? [])],
    desiredMoveIn: input.desiredMoveIn ?? null,
  };
}
