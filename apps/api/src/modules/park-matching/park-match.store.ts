import { createHash } from 'node:crypto';
import { ENGINE_VERSION, type ParkMatchResult, type ParkProfile, type PlacementProject } from '#matching';
import type { EntityManager } from 'typeorm';

/** A result ready to store, with the hash of the input it was computed from. */
export interface MatchToStore {
  applicationId: string;
  result: ParkMatchResult;
  factsHash: string;
}

/** The hash of one engine input: the same project, park and engine give the same hash. */
export function factsHash(project: PlacementProject, park: ParkProfile): string {
  return createHash('sha256')
    .update(JSON.stringify([ENGINE_VERSION, project, park]))
    .digest('hex');
}

const COLUMNS = [
  'applicationId',
  'parkId',
  'suitable',
  'score',
  'components',
  'failures',
  'unknowns',
  'engineVersion',
  'factsHash',
];

/**
 * Upserts the matches in ONE multi-row statement; a row whose input hash is unchanged is not
 * rewritten (the WHERE of DO UPDATE), so a duplicate or retried job writes nothing. Rows of parks
 * no longer active are deleted. Answers the number of rows inserted or changed.
 */
export async function storeMatches(
  manager: EntityManager,
  applicationIds: readonly string[],
  activeParkIds: readonly string[],
  matches: readonly MatchToStore[],
): Promise<number> {
  if (applicationIds.length) {
    await manager.query(
      'DELETE FROM park_matches WHERE "applicationId" = ANY($1::uuid[]) AND NOT ("parkId" = ANY($2::uuid[]))',
      [applicationIds, activeParkIds],
    );
  }
  if (!matches.length) return 0;
  const params: unknown[] = [];
  const tuples = matches.map(({ applicationId, result, factsHash: hash }) => {
    const values = [
      applicationId,
      result.parkId,
      result.suitable,
      result.score,
      JSON.stringify(result.components),
      JSON.stringify(result.failures),
      JSON.stringify(result.unknowns),
      ENGINE_VERSION,
      hash,
    ];
    const start = params.length;
    params.push(...values);
    const casts = ['::uuid', '::uuid', '', '', '::jsonb', '::jsonb', '::jsonb', '', ''];
    return `(${values.map((_, i) => `$${start + i + 1}${casts[i]}`).join(', ')})`;
  });
  const updates = COLUMNS.slice(2)
    .map((column) => `"${column}" = EXCLUDED."${column}"`)
    .join(', ');
  const rows: unknown[] = await manager.query(
    `INSERT INTO park_matches (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}
     ON CONFLICT ("applicationId", "parkId") DO UPDATE SET ${updates}, "updatedAt" = now()
       WHERE park_matches."factsHash" IS DISTINCT FROM EXCLUDED."factsHash"
     RETURNING 1 AS written`,
    params,
  );
  return rows.length;
}
