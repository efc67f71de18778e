import { validateBenefit } from '#matching';
import { useGo, useWarnAboutChange } from '@refinedev/core';
import { Alert, Card, Col, Form, Row, Typography, type FormInstance } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleSentences } from './policy-rule/rule-sentences';
import { formulaSentence, paysNothing } from './policy-rule/rule-text';
import { useCodeLabels } from './policy-rule/use-code-labels';
import { isInvalidJson, jsonRule } from './rule-builder/json-input';
import { BenefitBuilder } from './benefit-builder/benefit-builder';
import { logicToShape, payableMax } from './benefit-builder/benefit-shape';
import { criteriaRule, RuleBuilder } from './rule-builder/rule-builder';
import { isIncompleteRule } from './rule-builder/rule-values';
import { useFormat } from '../../format/use-format';
import { ApiError, errorText, isApiError, type FieldFault } from '../../providers/api-error';
import type { PolicyFormValues } from './form-values';
import { WanInput } from './inputs';
import { PolicyFactsFields } from './policy-facts-fields';
import { useRefusalFieldLabel } from './publish-refusal';
import { placeFaults } from './server-faults';
import { SimulationPanel } from './simulation-panel';
import { TestCasesEditor } from './test-cases-editor';
import { usePolicyTrials } from './use-policy-trials';

export interface PolicyEditorProps {
  form: FormInstance<PolicyFormValues>;
  initialValues: PolicyFormValues;
  /** Saves the values (createPolicy / updatePolicy) and answers the saved version's id; throws the API's refusal. */
  save: (values: PolicyFormValues) => Promise<string>;
  /** A note above the form (e.g. that saving a published policy opens its next version). */
  notice?: ReactNode;
  /** Whether the code may still change (not once published or versioned). */
  codeLocked?: boolean;
}

const FORM_FIELDS = new Set([
  'code',
  'title',
  'titleEn',
  'summary',
  'summaryEn',
  'issuingDepartment',
  'documentNumber',
  'sourceUrl',
  'kind',
  'targetIndustries',
  'targetTiers',
  'targetParks',
  'criteria',
  'benefitFormula',
  'maxBenefit',
  'stackingGroup',
  'applicationDeadline',
  'effectiveFrom',
  'effectiveTo',
  'isExample',
  'testCases',
]);

/**
 * The policy editor (ADMIN): its facts, the criteria in the query builder, the benefit formula with
 * a preview, the test cases with their runs, and the simulation. Faults the API reports are shown
 * next to their fields; the rest above the form.
 */
export const PolicyEditor = ({ form, initialValues, save, notice, codeLocked }: PolicyEditorProps) => {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeLabels(f.locale);
  const fieldLabel = useRefusalFieldLabel();
  const { warnWhen, setWarnWhen } = useWarnAboutChange();
  const go = useGo();
  const [savedId, setSavedId] = useState<string | null>(null);
  // Leave for the saved version's page once the unsaved-changes guard is off (it would stop the move).
  useEffect(() => {
    if (savedId && !warnWhen) go({ to: `/policies/${savedId}` });
  }, [savedId, warnWhen, go]);
  const [refusal, setRefusal] = useState<{ message: string; faults: FieldFault[] } | null>(null);
  const [faultyCases, setFaultyCases] = useState<number[]>([]);
  const criteria = Form.useWatch('criteria', form) as unknown;
  const benefitFormula = Form.useWatch('benefitFormula', form) as unknown;

  /** Puts an API refusal next to its fields; returns it for the panel that asked. */
  const showError = (error: unknown): ApiError | null => {
    // antd's own validation already marks the fields it refused.
    if (typeof error === 'object' && error !== null && 'errorFields' in error) {
      return new ApiError('BAD_USER_INPUT', t('policies.editor.fixFields'));
    }
    const apiError = isApiError(error) ? error : new ApiError('INTERNAL', errorText(error));
    const count = (form.getFieldValue('testCases') as unknown[] | undefined)?.length ?? 0;
    const { placed, unplaced } = placeFaults(apiError.fields, (name) => {
      if (!FORM_FIELDS.has(String(name[0]))) return false;
      return name[0] !== 'testCases' || name.length === 1 || Number(name[1]) < count;
    });
    form.setFields(placed);
    setFaultyCases(
      placed.flatMap(({ name }) => (name[0] === 'testCases' && typeof name[1] === 'number' ? [name[1]] : [])),
    );
    // The API's own message names its fields (`testCases[0].facts …`): with faults, say it in the form's words.
    setRefusal(
      apiError.fields.length > 0
        ? { message: t('policies.editor.fixFields'), faults: unplaced }
        : { message: apiError.message, faults: [] },
    );
    return apiError;
  };

  const values = (): PolicyFormValues => form.getFieldsValue(true) as PolicyFormValues;

  const { runOne, runAll, simulate } = usePolicyTrials(form, () => setRefusal(null));

  const finish = async (submitted: PolicyFormValues) => {
    setRefusal(null);
    try {
      const id = await save({ ...values(), ...submitted });
      setWarnWhen(false);
      setSavedId(id);
    } catch (error) {
      showError(error);
    }
  };

  // One maximum: a formula the builder shows sets 最高支持金额 (its cap, fixed amount or largest tier);
  // only a formula written in the advanced view leaves it to its own input.
  const benefitShape = isInvalidJson(benefitFormula) ? null : logicToShape(benefitFormula ?? 0);
  const followedMax = benefitShape ? payableMax(benefitShape) : undefined;
  useEffect(() => {
    if (followedMax === undefined || form.getFieldValue('maxBenefit') === followedMax) return;
    form.setFieldValue('maxBenefit', followedMax);
  }, [followedMax, form]);

  const benefitPreview = (() => {
    if (benefitFormula === undefined) return null;
    if (validateBenefit(benefitFormula).length > 0) return null;
    if (paysNothing(benefitFormula)) return t('policies.rule.noAmount');
    return formulaSentence(benefitFormula, f.locale, codes.labeler);
  })();

  return (
    <Form<PolicyFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={finish}
      onValuesChange={() => setWarnWhen(true)}
      scrollToFirstError
    >
      {notice}
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefusal(null)}
          style={{ marginBottom: 16 }}
          message={refusal.message}
          description={
            refusal.faults.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {refusal.faults.map((fault) => (
                  <li key={fault.field}>
                    {fieldLabel(fault.field)}：{fault.message}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      <PolicyFactsFields codeLocked={codeLocked} codes={codes} />

      <Card title={t('policies.rule.criteria')} size="small" style={{ marginBottom: 16 }}>
        <Form.Item
          name="criteria"
          rules={[criteriaRule(t)]}
          extra={t('policies.editor.criteriaHint')}
          label={t('policies.editor.criteriaLabel')}
        >
          <RuleBuilder codeOptions={codes.options} />
        </Form.Item>
        <Typography.Text strong>{t('policies.editor.preview')}</Typography.Text>
        {isIncompleteRule(criteria) ? (
          <Typography.Paragraph type="secondary">{t('policies.builder.incompletePreview')}</Typography.Paragraph>
        ) : (
          <RuleSentences
            criteria={criteria}
            locale={f.locale}
            labels={codes.labeler}
            aria-label={t('policies.editor.preview')}
          />
        )}
      </Card>

      <Card title={t('policies.rule.benefit')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} lg={15}>
            <Form.Item
              name="benefitFormula"
              label={t('policies.benefit.label')}
              tooltip={t('policies.benefit.hint')}
              rules={[jsonRule(t)]}
            >
              <BenefitBuilder />
            </Form.Item>
          </Col>
          <Col xs={24} lg={9}>
            <section
              aria-label={t('policies.benefit.preview')}
              style={{ background: 'rgba(0,0,0,0.02)', borderRadius: 6, padding: '8px 12px', marginBottom: 16 }}
            >
              <Typography.Text strong>{t('policies.benefit.preview')}</Typography.Text>
              <Typography.Paragraph style={{ margin: '4px 0 0' }}>
                {benefitPreview ?? t('policies.rule.unreadable')}
              </Typography.Paragraph>
            </section>
            {followedMax === undefined ? (
              <Form.Item
                name="maxBenefit"
                label={t('policies.fields.maxBenefit')}
                tooltip={t('policies.editor.maxBenefitHint')}
              >
                <WanInput placeholder={t('common.unlimited')} />
              </Form.Item>
            ) : (
              <section aria-label={t('policies.fields.maxBenefit')} style={{ marginBottom: 16 }}>
                <Typography.Text strong>{t('policies.fields.maxBenefit')}</Typography.Text>
                <Typography.Paragraph style={{ margin: '4px 0 0' }}>
                  {followedMax === null ? t('common.unlimited') : f.money(followedMax)}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{t('policies.editor.maxBenefitFollows')}</Typography.Text>
              </section>
            )}
          </Col>
        </Row>
      </Card>

      <Card title={t('policies.testCases.title')} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('policies.testCases.intro')}</Typography.Paragraph>
        <TestCasesEditor
          runOne={runOne}
          runAll={runAll}
          onError={showError}
          faultyCases={faultyCases}
          codeOptions={codes.options}
        />
      </Card>

      <Card title={t('policies.simulation.title')} size="small">
        <Typography.Paragraph type="secondary">{t('policies.simulation.intro')}</Typography.Paragraph>
        <SimulationPanel simulate={simulate} onError={showError} />
      </Card>
    </Form>
  );
};
