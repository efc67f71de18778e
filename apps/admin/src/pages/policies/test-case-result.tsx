import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExplanationList, explanationLeaves, nearMissList } from './policy-explanation/explanation-list';
import { useFactLabel } from './policy-explanation/fact-label';
import { OutcomeTag } from './policy-explanation/outcome-tag';
import { useFormat } from '../../format/use-format';
import type { Outcome } from './types';

/** One run of a test case, from evaluatePolicy (one case) or runPolicyTestCases (all). */
export interface CaseResult {
  passed: boolean;
  outcome: Outcome | null;
  /** Yuan. */
  benefit: number | null;
  asOf: string;
  explanation: unknown;
  nearMisses: unknown;
  missingFacts: string[];
  /** Faults of the case's facts, in the current language. */
  faults: string[];
}

/** Passed or failed against the expectation, the outcome and benefit, and why (every condition). */
export const TestCaseResultView = ({ result }: { result: CaseResult }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const factLabel = useFactLabel();
  return (
    <section
      aria-label={t('policies.testCases.result')}
      style={{ background: 'rgba(0,0,0,0.02)', borderRadius: 6, padding: '8px 12px', marginTop: 8 }}
    >
      <Space size={8} wrap style={{ marginBottom: 6 }}>
        {result.passed ? (
          <Typography.Text type="success" strong>
            <CheckCircleFilled /> {t('policies.testCases.passed')}
          </Typography.Text>
        ) : (
          <Typography.Text type="danger" strong>
            <CloseCircleFilled /> {t('policies.testCases.failed')}
          </Typography.Text>
        )}
        <span>{t('policies.testCases.actual')}</span>
        {result.outcome ? <OutcomeTag outcome={result.outcome} /> : t('common.none')}
        <span>
          {t('policies.testCases.benefitValue', {
            amount: result.benefit === null ? t('common.none') : f.money(result.benefit),
          })}
        </span>
        <Typography.Text type="secondary">
          {t('policies.testCases.evaluatedAsOf', { asOf: f.date(result.asOf) })}
        </Typography.Text>
      </Space>
      {result.faults.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 6 }} message={result.faults.join('；')} />
      )}
      <ExplanationList
        leaves={explanationLeaves(result.explanation)}
        nearMisses={nearMissList(result.nearMisses)}
        missingFacts={result.missingFacts}
        factLabel={factLabel}
      />
    </section>
  );
};
