import type { EntityManager } from 'typeorm';
import type { Outcome } from '../policies/policy.enums.js';
import type { MatchRow } from './match-rows.js';

/** A row the upsert inserted or changed, with the outcome it had before (null when new). */
export interface WrittenMatch {
  enterpriseId: string;
  policyId: string;
  outcome: Outcome;
  benefit: number;
  previousOutcome: Outcome | null;
}

/**
 * Writes any number of rows in ONE statement (the rows travel as one jsonb parameter, so the
 * 65 535-parameter limit never applies). A row whose facts hash and engine version are unchanged
 * is skipped by the WHERE of DO UPDATE: an unchanged re-run writes nothing and keeps `updatedAt`.
 * The `previous` CTE reads the snapshot before the statement, so callers can tell a new ELIGIBLE.
 */
export async function upsertMatches(manager: EntityManager, rows: readonly MatchRow[]): Promise<WrittenMatch[]> {
  if (!rows.length) return [];
  return (await manager.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r("enterpriseId" uuid, "policyId" uuid, outcome varchar,
              benefit numeric, "missingFacts" text[], gaps jsonb, "nearMiss" boolean, "factsHash" varchar,
              "engineVersion" varchar, "asOf" date)
     ), previous AS (
       SELECT m."enterpriseId", m."policyId", m.outcome FROM policy_matches m
         JOIN input i ON i."enterpriseId" = m."enterpriseId" AND i."policyId" = m."policyId"
     ), written AS (
       INSERT INTO policy_matches ("enterpriseId", "policyId", outcome, benefit, "missingFacts", gaps, "nearMiss",
                                   "factsHash", "engineVersion", "asOf", "updatedAt")
       SELECT "enterpriseId", "policyId", outcome, benefit, "missingFacts", gaps, "nearMiss",
              "factsHash", "engineVersion", "asOf", now() FROM input
       ON CONFLICT ("enterpriseId", "policyId") DO UPDATE SET
              outcome = EXCLUDED.outcome, benefit = EXCLUDED.benefit, "missingFacts" = EXCLUDED."missingFacts",
              gaps = EXCLUDED.gaps, "nearMiss" = EXCLUDED."nearMiss", "factsHash" = EXCLUDED."factsHash",
              "engineVersion" = EXCLUDED."engineVersion", "asOf" = EXCLUDED."asOf", "updatedAt" = now()
        WHERE policy_matches."factsHash" IS DISTINCT FROM EXCLUDED."factsHash"
           OR policy_matches."engineVersion" IS DISTINCT FROM EXCLUDED."engineVersion"
       RETURNING "enterpriseId", "policyId", outcome, benefit
     )
     SELECT w."enterpriseId", w."policyId", w.outcome, w.benefit::float8 AS benefit, p.outcome AS "previousOutcome"
       FROM written w LEFT JOIN previous p ON p."enterpriseId" = w."enterpriseId" AND p."policyId" = w."policyId"`,
    [JSON.stringify(rows)],
  )) as WrittenMatch[];
}

/** Removes these enterprises' matches of policy versions no longer published or in force. */
export async function deleteStaleMatches(
  manager: EntityManager,
  enterpriseIds: readonly string[],
  livePolicyIds: readonly string[],
): Promise<void> {
  if (!enterpriseIds.length) return;
  await manager.query(
    `DELETE FROM policy_matches WHERE "enterpriseId" = ANY($1::uuid[]) AND NOT ("policyId" = ANY($2::uuid[]))`,
    [enterpriseIds, livePolicyIds],
  );
}
