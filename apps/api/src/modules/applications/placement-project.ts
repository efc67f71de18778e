import type { PlacementProject } from '#matching';
import type { Enterprise } from '../enterprises/enterprise.entity.js';
import type { PlacementApplication } from './placement-application.entity.js';

/** The profile facts of the applicant that park matching reads. */
export type ApplicantFacts = Pick<Enterprise, 'industry' | 'chainSegment' | 'tier'>;

/** What an application needs and emits: a stored application, or the needs of a draft (a preview). */
export type PlacementNeeds = Pick<
  PlacementApplication,
  'kind' | 'landMu' | 'floorSqm' | 'pollutionCategory' | 'energyTce' | 'infrastructureNeeds'
>;

/**
 * The engine's view of an application: what the project needs (kind, space) and emits (pollution,
 * energy) come from the application, since they describe this project, not the whole enterprise;
 * industry, chain segment and tier are the applicant's profile facts. Missing stays missing (null).
 */
export function toPlacementProject(app: PlacementNeeds, applicant: ApplicantFacts | null): PlacementProject {
  return {
    kind: app.kind,
    landMu: app.landMu,
    floorSqm: app.floorSqm,
    industry: applicant?.industry ?? null,
    chainSegment: applicant?.chainSegment ?? null,
    tier: applicant?.tier ?? null,
    pollution: app.pollutionCategory,
    energyTce: app.energyTce,
    infrastructureNeeds: app.infrastructureNeeds ?? [],
  };
}
