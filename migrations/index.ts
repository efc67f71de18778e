import { EnablePgTrgm1764400000000 } from './1764400000000-enable-pg-trgm.js';
import { InitialSchema1795958785301 } from './1795958785301-initial-schema.js';
import { Policies1795960362718 } from './1795960362718-policies.js';
import { EnterprisesApplications1795960517294 } from './1795960517294-enterprises-applications.js';
import { UserEnterpriseForeignKey1795964790303 } from './1795964790303-user-enterprise-foreign-key.js';
import { MatchingPolicyMatches1796183363946 } from './1796183363946-matching-policy-matches.js';
import { ParkMatches1796183386583 } from './1796183386583-park-matches.js';
import { MatchRunChunkWorker1796196848808 } from './1796196848808-match-run-chunk-worker.js';
import { Leads1796198517600 } from './1796198517600-leads.js';

/** Every migration in order; a committed migration is never rewritten. */
export const MIGRATIONS = [
  EnablePgTrgm1764400000000,
  InitialSchema1795958785301,
  Policies1795960362718,
  EnterprisesApplications1795960517294,
  UserEnterpriseForeignKey1795964790303,
  MatchingPolicyMatches1796183363946,
  ParkMatches1796183386583,
  MatchRunChunkWorker1796196848808,
  Leads1796198517600,
];
