import { isFactName } from '#matching';
import { CaretRightOutlined, DeleteOutlined, PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Collapse, Form, Input, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomeTag } from './policy-explanation/outcome-tag';
import { isInvalidJson, jsonRule } from './rule-builder/json-input';
import type { CodeOptions } from './rule-builder/fact-fields';
import { isIncompleteRule } from './rule-builder/rule-values';
import { factsRead, profileFacts, storedInputs } from './test-case-form/case-facts';
import { CaseFactsEditor } from './test-case-form/case-facts-editor';
import { SampleEnterprisePicker, type SampleProfile } from './test-case-form/sample-enterprise-picker';
import { ChoiceInput, DayInput, WanInput } from './inputs';
import type { ApiError } from '../../providers/api-error';
import { TestCaseResultView, type CaseResult } from './test-case-result';
import { OUTCOMES, type PolicyTestCaseInput } from './types';

export interface TestCasesEditorProps {
  /** Runs the case at an index of the form's list (evaluatePolicy). */
  runOne: (index: number) => Promise<CaseResult>;
  /** Runs every case (runPolicyTestCases), in list order. */
  runAll: () => Promise<CaseResult[]>;
  /** Turns a refusal into what the editor shows (rule faults land next to their fields). */
  onError: (error: unknown) => ApiError | null;
  /** Cases the API found fault with: their panels open. */
  faultyCases?: number[];
  /** Choices for industry, chain segment and park codes. */
  codeOptions?: CodeOptions;
}

/** The rule as JsonLogic while it is being edited (an unfinished or unparsed one reads as nothing yet). */
const logicOf = (value: unknown): unknown => {
  if (isIncompleteRule(value)) return value.rule;
  if (isInvalidJson(value)) return null;
  return value;
};

export const newTestCase = (): PolicyTestCaseInput => ({
  name: '',
  facts: {},
  expectedOutcome: 'ELIGIBLE',
  expectedBenefit: null,
  asOf: null,
});

const stop = (event: MouseEvent) => event.stopPropagation();

/** A case's panel header: its number, name and expected outcome, and how its last run went. */
const CaseHeader = ({ index, result }: { index: number; result: CaseResult | undefined }) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const testCase = Form.useWatch(['testCases', index], form) as PolicyTestCaseInput | undefined;
  return (
    <Space size={8} wrap>
      <Typography.Text strong>{t('policies.testCases.caseN', { n: index + 1 })}</Typography.Text>
      <span>
        {testCase?.name || <Typography.Text type="secondary">{t('policies.testCases.unnamed')}</Typography.Text>}
      </span>
      {testCase?.expectedOutcome && <OutcomeTag outcome={testCase.expectedOutcome} />}
      {result && (
        <Tag color={result.passed ? 'success' : 'error'} bordered={false}>
          {t(result.passed ? 'policies.testCases.passed' : 'policies.testCases.failed')}
        </Tag>
      )}
    </Space>
  );
};

/** Reports list items added since the last render (a new case opens its panel). */
const OpenAdded = ({ keys, onAdded }: { keys: number[]; onAdded: (keys: number[]) => void }) => {
  const seen = useRef(new Set(keys));
  useEffect(() => {
    const added = keys.filter((key) => !seen.current.has(key));
    seen.current = new Set(keys);
    if (added.length > 0) onAdded(added);
  }, [keys, onAdded]);
  return null;
};

/** Opens the panels of cases the API found fault with, each time it reports them. */
const OpenFaulty = ({ keys, onFaulty }: { keys: number[]; onFaulty: (keys: number[]) => void }) => {
  const signature = keys.join(',');
  const report = useRef(onFaulty);
  report.current = onFaulty;
  useEffect(() => {
    if (signature) report.current(signature.split(',').map(Number));
  }, [signature]);
  return null;
};

/**
 * The policy's own examples (stored facts → expected outcome and benefit), one panel each with a
 * run button showing the result and explanation; "run all" runs them as publishing will.
 */
export const TestCasesEditor = ({
  runOne,
  runAll,
  onError,
  faultyCases = [],
  codeOptions = {},
}: TestCasesEditorProps) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const criteria = Form.useWatch('criteria', form) as unknown;
  const formula = Form.useWatch('benefitFormula', form) as unknown;
  const cases = Form.useWatch('testCases', form) as PolicyTestCaseInput[] | undefined;
  const ruleFacts = useMemo(() => factsRead(logicOf(criteria), logicOf(formula)), [criteria, formula]);
  // Results and open panels follow the list item (Form.List keys), so removing a case keeps the others'.
  const [results, setResults] = useState<Record<number, CaseResult>>({});
  const [open, setOpen] = useState<number[]>(() => {
    const count = (form.getFieldValue('testCases') as unknown[] | undefined)?.length ?? 0;
    return count <= 3 ? Array.from({ length: count }, (_, index) => index) : [];
  });
  const [running, setRunning] = useState<number | 'all' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  /** A sample enterprise's profile into a case: the facts the rule reads (and those the case has). */
  const fillFrom = (index: number, { name, profile }: SampleProfile) => {
    const current = form.getFieldValue(['testCases', index, 'facts']) as unknown;
    const had = typeof current === 'object' && current !== null && !Array.isArray(current) ? Object.keys(current) : [];
    const names = storedInputs([...ruleFacts, ...had.filter(isFactName)]);
    // A rule that reads no fact yet takes the whole profile.
    form.setFieldValue(['testCases', index, 'facts'], profileFacts(profile, names.length > 0 ? names : undefined));
    if (!String(form.getFieldValue(['testCases', index, 'name']) ?? '').trim()) {
      form.setFieldValue(['testCases', index, 'name'], t('policies.caseFacts.sampleName', { name }));
    }
    void form.validateFields([['testCases', index, 'facts']]).catch(() => undefined);
  };

  const guard = async (which: number | 'all', work: () => Promise<void>) => {
    setRunning(which);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(onError(caught));
    } finally {
      setRunning(null);
    }
  };

  return (
    <Form.List name="testCases">
      {(fields, { add, remove }) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <OpenAdded
            keys={fields.map((field) => field.key)}
            onAdded={(keys) => setOpen((current) => [...current, ...keys])}
          />
          <OpenFaulty
            keys={faultyCases.flatMap((index) => (fields[index] ? [fields[index].key] : []))}
            onFaulty={(keys) => setOpen((current) => [...new Set([...current, ...keys])])}
          />
          <Space wrap>
            <Button
              icon={<PlayCircleOutlined />}
              disabled={fields.length === 0}
              loading={running === 'all'}
              onClick={() =>
                guard('all', async () => {
                  const all = await runAll();
                  setResults(
                    Object.fromEntries(fields.map((field, index) => [field.key, all[index]]).filter(([, r]) => r)),
                  );
                  setOpen((current) => [
                    ...new Set([
                      ...current,
                      ...fields.filter((_, index) => all[index] && !all[index].passed).map((f) => f.key),
                    ]),
                  ]);
                })
              }
            >
              {t('policies.testCases.runAll')}
            </Button>
            {fields.length > 0 && Object.keys(results).length > 0 && (
              <Typography.Text type="secondary" role="status">
                {t('policies.testCases.summary', {
                  passed: fields.filter((field) => results[field.key]?.passed).length,
                  total: fields.length,
                })}
              </Typography.Text>
            )}
          </Space>
          {error && <Alert type="error" showIcon message={error.message} closable onClose={() => setError(null)} />}
          {fields.length > 0 && (
            <Collapse
              activeKey={open.map(String)}
              onChange={(keys) => setOpen((Array.isArray(keys) ? keys : [keys]).map(Number))}
              items={fields.map((field, index) => {
                const label = t('policies.testCases.caseN', { n: index + 1 });
                return {
                  key: String(field.key),
                  forceRender: true,
                  label: <CaseHeader index={index} result={results[field.key]} />,
                  extra: (
                    <Space size={4} onClick={stop}>
                      <Button
                        size="small"
                        icon={<CaretRightOutlined />}
                        loading={running === index}
                        aria-label={t('policies.testCases.runN', { n: index + 1 })}
                        onClick={() =>
                          guard(index, async () => {
                            const result = await runOne(index);
                            setResults((current) => ({ ...current, [field.key]: result }));
                            setOpen((current) => [...new Set([...current, field.key])]);
                          })
                        }
                      >
                        {t('policies.testCases.run')}
                      </Button>
                      <Popconfirm
                        title={t('policies.testCases.removeConfirm')}
                        okText={t('buttons.delete')}
                        cancelText={t('buttons.cancel')}
                        onConfirm={() => {
                          remove(field.name);
                          setResults(({ [field.key]: _removed, ...rest }) => rest);
                        }}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('policies.testCases.removeN', { n: index + 1 })}
                        >
                          {t('policies.testCases.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                  children: (
                    <div role="group" aria-label={label}>
                      <Row gutter={12}>
                        <Col xs={24} md={10}>
                          <Form.Item
                            name={[field.name, 'name']}
                            label={t('policies.testCases.name')}
                            rules={[
                              { required: true, whitespace: true, message: t('policies.testCases.nameRequired') },
                            ]}
                          >
                            <Input maxLength={200} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={7}>
                          <Form.Item
                            name={[field.name, 'expectedBenefit']}
                            label={t('policies.testCases.expectedBenefit')}
                            tooltip={t('policies.testCases.expectedBenefitHint')}
                          >
                            <WanInput placeholder={t('policies.testCases.benefitNotChecked')} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={7}>
                          <Form.Item
                            name={[field.name, 'asOf']}
                            label={t('policies.testCases.asOf')}
                            tooltip={t('policies.testCases.asOfHint')}
                          >
                            <DayInput />
                          </Form.Item>
                        </Col>
                      </Row>
                      <Form.Item name={[field.name, 'expectedOutcome']} label={t('policies.testCases.expectedOutcome')}>
                        <ChoiceInput
                          aria-label={t('policies.caseFacts.expectedN', { n: index + 1 })}
                          options={OUTCOMES.map((outcome) => ({
                            value: outcome,
                            label: t(`policies.outcomes.${outcome}`),
                          }))}
                        />
                      </Form.Item>
                      <Space direction="vertical" size={4} style={{ width: '100%', marginBottom: 12 }}>
                        <Typography.Text>{t('policies.caseFacts.sample')}</Typography.Text>
                        <SampleEnterprisePicker
                          aria-label={t('policies.caseFacts.sampleN', { n: index + 1 })}
                          onPick={(sample) => fillFrom(index, sample)}
                          onError={(caught) => setError(onError(caught))}
                        />
                      </Space>
                      <Form.Item name={[field.name, 'facts']} rules={[jsonRule(t)]} style={{ marginBottom: 0 }}>
                        <CaseFactsEditor
                          ruleFacts={ruleFacts}
                          codeOptions={codeOptions}
                          asOf={cases?.[index]?.asOf ?? null}
                          caseLabel={label}
                        />
                      </Form.Item>
                      {results[field.key] && <TestCaseResultView result={results[field.key] as CaseResult} />}
                    </div>
                  ),
                };
              })}
            />
          )}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(newTestCase())}>
            {t('policies.testCases.add')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
};
