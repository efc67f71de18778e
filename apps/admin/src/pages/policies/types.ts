/**
 * The policy shapes the pages read, from the typed documents (src/gql), so a field renamed in the
 * API's schema breaks the build.
 */
import type {
  EvaluatePolicyQuery,
  PoliciesQuery,
  PolicyContentFragment,
  PolicyInput,
  PolicyQuery,
  RunPolicyTestCasesQuery,
  SimulatePolicyQuery,
  SimulationBucketFieldsFragment,
} from '../../gql/graphql';

export type { Outcome, PolicyInput, PolicyKind, PolicyStatus, PolicyTestCaseInput } from '../../gql/graphql';

export type PolicySummary = PoliciesQuery['policies'][number];
export type PolicyDetail = PolicyQuery['policy'];
export type PolicyContent = PolicyContentFragment;
export type PolicyVersion = PolicyDetail['versions'][number];
export type Evaluation = EvaluatePolicyQuery['evaluatePolicy'];
export type TestCaseRun = RunPolicyTestCasesQuery['runPolicyTestCases'][number];
export type Simulation = SimulatePolicyQuery['simulatePolicy'];
export type SimulationBucket = SimulationBucketFieldsFragment;

export const POLICY_KINDS = [
  'SUBSIDY',
  'TAX',
  'TALENT',
  'LAND',
  'RENT',
  'FINANCE',
  'OTHER',
] as const satisfies readonly PolicyInput['kind'][];
export const POLICY_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export const OUTCOMES = ['ELIGIBLE', 'INELIGIBLE', 'NEEDS_INFO'] as const;
