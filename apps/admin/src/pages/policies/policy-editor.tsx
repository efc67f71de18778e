import { BENEFIT_TOLERANCE, validateBenefit } from '#matching';
import { useGo, useWarnAboutChange } from '@refinedev/core';
import { Alert, Card, Col, Form, Input, Row, Select, Switch, Typography, type FormInstance } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleSentences } from '../../components/policy-rule/rule-sentences';
import { formulaSentence } from '../../components/policy-rule/rule-text';
import { useCodeLabels } from '../../components/policy-rule/use-code-labels';
import { JsonInput, jsonRule } from '../../components/rule-builder/json-input';
import { criteriaRule, RuleBuilder } from '../../components/rule-builder/rule-builder';
import { isIncompleteRule } from '../../components/rule-builder/rule-values';
import { useFormat } from '../../format/use-format';
import { toPolicyInput, trialInput, type PolicyFormValues } from './form-values';
import { DayInput, WanInput } from './inputs';
import { ApiError, errorText, isApiError, type FieldFault } from '../../providers/api-error';
import { useGqlCall } from '../../providers/use-gql';
import { EVALUATE_POLICY_QUERY, RUN_TEST_CASES_QUERY, SIMULATE_POLICY_QUERY } from './queries';
import { placeFaults } from './server-faults';
import { SimulationPanel } from './simulation-panel';
import type { CaseResult } from './test-case-result';
import { TestCasesEditor } from './test-cases-editor';
import { POLICY_KINDS, TIERS } from './types';

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
  const { warnWhen, setWarnWhen } = useWarnAboutChange();
  const go = useGo();
  const [savedId, setSavedId] = useState<string | null>(null);
  // Leave for the saved version's page once the unsaved-changes guard is off (it would stop the move).
  useEffect(() => {
    if (savedId && !warnWhen) go({ to: `/policies/${savedId}` });
  }, [savedId, warnWhen, go]);
  const [refusal, setRefusal] = useState<{ message: string; faults: FieldFault[] } | null>(null);
  const [faultyCases, setFaultyCases] = useState<number[]>([]);
  const evaluate = useGqlCall(EVALUATE_POLICY_QUERY);
  const runCases = useGqlCall(RUN_TEST_CASES_QUERY);
  const simulation = useGqlCall(SIMULATE_POLICY_QUERY);
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
    setRefusal(
      apiError.fields.length > 0 || apiError.code !== 'BAD_USER_INPUT'
        ? { message: apiError.message, faults: unplaced }
        : { message: apiError.message, faults: [] },
    );
    return apiError;
  };

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
    setRefusal(null);
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
    setRefusal(null);
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
            fault.message ? `${fault.path ?? ''} ${f.pick(fault.message.zh, fault.message.en)}`.trim() : String(fault),
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
    setRefusal(null);
    return simulatePolicy;
  };

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

  const benefitPreview = (() => {
    if (benefitFormula === undefined) return null;
    if (validateBenefit(benefitFormula).length > 0) return null;
    return formulaSentence(benefitFormula, f.locale, codes.labeler);
  })();

  const select = (options: { value: string; label: string }[]) => (
    <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={options} />
  );

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
                    <Typography.Text code>{fault.field}</Typography.Text> {fault.message}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Card title={t('policies.editor.basics')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="code"
              label={t('policies.fields.code')}
              tooltip={t('policies.editor.codeHint')}
              rules={[
                { required: true, message: t('policies.editor.required') },
                { pattern: /^[A-Z][A-Z0-9_]{1,63}$/, message: t('policies.editor.codeFormat') },
              ]}
            >
              <Input disabled={codeLocked} maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('policies.fields.kind')} rules={[{ required: true }]}>
              <Select options={POLICY_KINDS.map((kind) => ({ value: kind, label: t(`policies.kinds.${kind}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="isExample"
              label={t('policies.fields.isExample')}
              valuePropName="checked"
              tooltip={t('common.sampleHint')}
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="title"
              label={t('policies.fields.title')}
              rules={[{ required: true, min: 2, whitespace: true, message: t('policies.editor.titleRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="titleEn"
              label={t('policies.fields.titleEn')}
              rules={[{ required: true, min: 2, whitespace: true, message: t('policies.editor.titleRequired') }]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="summary" label={t('policies.fields.summary')}>
              <Input.TextArea rows={3} maxLength={10000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="summaryEn" label={t('policies.fields.summaryEn')}>
              <Input.TextArea rows={3} maxLength={10000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="issuingDepartment" label={t('policies.fields.issuingDepartment')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="documentNumber" label={t('policies.fields.documentNumber')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="sourceUrl"
              label={t('policies.fields.sourceUrl')}
              rules={[{ pattern: /^(https?:\/\/\S+)?$/, message: t('policies.editor.urlFormat') }]}
            >
              <Input maxLength={500} placeholder="https://" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('policies.editor.targetsAndDates')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="targetIndustries"
              label={t('policies.fields.targetIndustries')}
              tooltip={t('policies.editor.targetsHint')}
            >
              {select(codes.options.industry ?? [])}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="targetTiers" label={t('policies.fields.targetTiers')}>
              {select(TIERS.map((tier) => ({ value: tier, label: t(`parks.tiers.${tier}`) })))}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="targetParks" label={t('policies.fields.targetParks')}>
              {select(codes.options.parkCode ?? [])}
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="effectiveFrom" label={t('policies.fields.effectiveFrom')}>
              <DayInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="effectiveTo" label={t('policies.fields.effectiveTo')}>
              <DayInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="applicationDeadline" label={t('policies.fields.applicationDeadline')}>
              <DayInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="stackingGroup"
              label={t('policies.fields.stackingGroup')}
              tooltip={t('policies.editor.stackingHint')}
              rules={[{ pattern: /^([A-Z][A-Z0-9_]{1,63})?$/, message: t('policies.editor.codeFormat') }]}
            >
              <Input maxLength={64} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

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
          <Col xs={24} md={16}>
            <Form.Item
              name="benefitFormula"
              label={t('policies.fields.benefitFormula')}
              tooltip={t('policies.editor.benefitHint')}
              rules={[jsonRule(t)]}
              extra={
                <span>
                  {t('policies.editor.previewValue', { text: benefitPreview ?? t('policies.rule.unreadable') })}
                </span>
              }
            >
              <JsonInput rows={5} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="maxBenefit"
              label={t('policies.fields.maxBenefit')}
              tooltip={t('policies.editor.maxBenefitHint')}
            >
              <WanInput placeholder={t('common.unlimited')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('policies.testCases.title')} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('policies.testCases.intro')}</Typography.Paragraph>
        <TestCasesEditor runOne={runOne} runAll={runAll} onError={showError} faultyCases={faultyCases} />
      </Card>

      <Card title={t('policies.simulation.title')} size="small">
        <Typography.Paragraph type="secondary">{t('policies.simulation.intro')}</Typography.Paragraph>
        <SimulationPanel simulate={simulate} onError={showError} />
      </Card>
    </Form>
  );
};
