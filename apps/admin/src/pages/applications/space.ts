import type { ApplicationKind } from '../../gql/graphql';
import type { Formatters } from '../../format/use-format';

export const APPLICATION_KINDS: readonly ApplicationKind[] = ['LAND', 'FACTORY', 'OFFICE', 'INCUBATOR_SEAT'];

/** LAND is asked in mu (亩); factories, offices and incubator seats in floor space (m²). */
export const needsLand = (kind: ApplicationKind | null | undefined): boolean => kind === 'LAND';

/** The space an application asks for, formatted for its kind. */
export const spaceText = (
  f: Formatters,
  application: { kind: ApplicationKind; landMu?: number | null; floorSqm?: number | null },
): string => {
  if (needsLand(application.kind))
    return application.landMu === null || application.landMu === undefined ? '—' : f.land(application.landMu);
  return application.floorSqm === null || application.floorSqm === undefined ? '—' : f.floor(application.floorSqm);
};

/** Whether a park has room for what an application asks for. */
export const parkFits = (
  park: { freeLandMu: number; freeFloorSqm: number },
  application: { kind: ApplicationKind; landMu?: number | null; floorSqm?: number | null },
): boolean =>
  needsLand(application.kind)
    ? park.freeLandMu >= (application.landMu ?? 0)
    : park.freeFloorSqm >= (application.floorSqm ?? 0);
