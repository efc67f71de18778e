import { BENEFIT_TOLERANCE } from '#matching';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { useGqlCall } from '../../providers/use-gql';
import { toPolicyInput, trialInput, type PolicyFormValues } from './form-values';
import { EVALUATE_POLICY_QUERY, RUN_TEST_CASES_QUERY, SIMULATE_POLICY_QUERY } from './queries';
import type { CaseResult } from './test-case-result';

/**
 * Trying the editor's unsaved rules on the API: one test case, all of them, or a simulation over
 * every enterprise. Each validates the fields it sends first; `onAnswer` runs when the API answered.
 */
export const usePolicyTrials = (form: FormInstance<PolicyFormValues>, onAnswer: () => void) => {
  const { t } = useTranslation();
  const f = useFormat();
  const evaluate = useGqlCall(EVALUATE_POLICY_QUERY);
  const runCases = useGqlCall(RUN_TEST_CASES_QUERY);
  const simulation = useGqlCall(SIMULATE_POLICY_QUERY);
  const values = (): PolicyFormValues => form.getFieldsValue(true) as PolicyFormValues;

  const runOne = async (index: number): Promise<CaseResult> => {
    await form.validateFields([['testCases', index, 'facts'], 'criteria', 'benefitFormula']);
    const all = values();
    const input = toPolicyInput(all);
    const testCase = input.testCases?.[index];
    if (!testCase) throw new Error(t('errors.unknown'));
    const asOf = testCase.asOf ?? input.effectiveFrom ?? null;
    const { evaluatePolicy: result } = await evaluate.run({
      input: trialInput(all, false),
      facts: testCase.facts,
      asOf,
    });
    const benefitOk =
      testCase.expectedBenefit === null ||
      testCase.expectedBenefit === undefined ||
      Math.abs(result.benefit - testCase.expectedBenefit) <= BENEFIT_TOLERANCE;
    onAnswer();
    return {
      passed: result.outcome === testCase.expectedOutcome && benefitOk,
      outcome: result.outcome,
      benefit: result.benefit,
      asOf: result.asOf,
      explanation: result.explanation,
      nearMisses: result.nearMisses,
      missingFacts: result.missingFacts,
      faults: [],
    };
  };

  const runAll = async (): Promise<CaseResult[]> => {
    await form.validateFields(['criteria', 'benefitFormula', 'testCases']);
    const { runPolicyTestCases: results } = await runCases.run({
      input: trialInput(values(), true),
    });
    onAnswer();
    return results.map((result) => ({
      passed: result.passed,
      outcome: result.actualOutcome,
      benefit: result.actualBenefit,
      asOf: result.asOf,
      explanation: result.explanation,
      nearMisses: result.nearMisses,
      missingFacts: result.missingFacts,
      faults: Array.isArray(result.factFaults)
        ? result.factFaults.map((fault: { path?: string; message?: { zh: string; en: string } }) =>
            fault.message ? f.pick(fault.message.zh, fault.message.en) : String(fault),
          )
        : [],
    }));
  };

  const simulate = async (asOf: string | null) => {
    await form.validateFields(['criteria', 'benefitFormula']);
    const { simulatePolicy } = await simulation.run({
      input: trialInput(values(), false),
      asOf,
      limit: 50,
    });
    onAnswer();
    return simulatePolicy;
  };

  return { runOne, runAll, simulate };
};
