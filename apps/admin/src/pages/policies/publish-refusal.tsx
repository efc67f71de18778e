import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OutcomeTag, type OutcomeValue } from './policy-explanation/outcome-tag';
import { useFormat } from '../../format/use-format';
import type { ApiError, FailingCase } from '../../providers/api-error';

const isOutcome = (value: string | null): value is OutcomeValue =>
  value === 'ELIGIBLE' || value === 'INELIGIBLE' || value === 'NEEDS_INFO';

/** The form's label of a refused field (`testCases`, `input.criteria.and[0]` → 测试用例, 申报条件), never its API name. */
export const useRefusalFieldLabel = (): ((path: string) => string) => {
  const { t } = useTranslation();
  return (path) => {
    const root = path.replace(/^input\./, '').split(/[.[]/)[0] ?? '';
    return t(`policies.refusal.fields.${root}`, {
      defaultValue: t(`policies.fields.${root}`, { defaultValue: t('policies.refusal.otherField') }),
    });
  };
};

/** The server's refusal of a publish or retire, with each failing test case: expected, actual, why. */
export const PublishRefusal = ({ error, onClose }: { error: ApiError; onClose?: () => void }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const benefit = (yuan: number | null) => (yuan === null ? t('policies.testCases.benefitNotChecked') : f.money(yuan));
  const outcome = (value: string | null) => (isOutcome(value) ? <OutcomeTag outcome={value} /> : t('common.none'));
  const fieldLabel = useRefusalFieldLabel();
  const line = (item: FailingCase) => (
    <li key={`${item.index}-${item.name}`} style={{ marginBottom: 6 }}>
      <Typography.Text strong>{item.name}</Typography.Text>
      <div>
        {t('policies.refusal.expected')} {outcome(item.expected.outcome)} {benefit(item.expected.benefit)}
        {' → '}
        {t('policies.refusal.actual')} {outcome(item.actual.outcome)} {benefit(item.actual.benefit)}
      </div>
      {item.reasons.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.reasons.join('；')}
        </Typography.Text>
      )}
    </li>
  );
  return (
    <Alert
      type="error"
      showIcon
      closable={Boolean(onClose)}
      onClose={onClose}
      style={{ marginBottom: 16 }}
      message={
        error.failingCases.length > 0
          ? t('policies.refusal.title', { count: error.failingCases.length })
          : error.fields.length > 0
            ? t('policies.refusal.incomplete')
            : error.message
      }
      description={
        error.failingCases.length > 0 ? (
          <ul aria-label={t('policies.refusal.failingCases')} style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.failingCases.map(line)}
          </ul>
        ) : (
          error.fields.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {error.fields.map((fault) => (
                <li key={fault.field}>
                  {fieldLabel(fault.field)}：{fault.message}
                </li>
              ))}
            </ul>
          )
        )
      }
    />
  );
};
