import { CaretRightOutlined, DeleteOutlined, PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Popconfirm, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonInput, jsonRule } from '../../components/rule-builder/json-input';
import { DayInput, WanInput } from './inputs';
import type { PolicyApiError } from './policy-api';
import { TestCaseResultView, type CaseResult } from './test-case-result';
import { OUTCOMES, type PolicyTestCaseInput } from './types';

export interface TestCasesEditorProps {
  /** Runs the case at an index of the form's list (evaluatePolicy). */
  runOne: (index: number) => Promise<CaseResult>;
  /** Runs every case (runPolicyTestCases), in list order. */
  runAll: () => Promise<CaseResult[]>;
  /** Turns a refusal into what the editor shows (rule faults land next to their fields). */
  onError: (error: unknown) => PolicyApiError | null;
}

export const newTestCase = (): PolicyTestCaseInput => ({
  name: '',
  facts: {},
  expectedOutcome: 'ELIGIBLE',
  expectedBenefit: null,
  asOf: null,
});

/**
 * The policy's own examples (stored facts → expected outcome and benefit), each with a run button
 * showing the result and explanation; "run all" runs them as publishing will.
 */
export const TestCasesEditor = ({ runOne, runAll, onError }: TestCasesEditorProps) => {
  const { t } = useTranslation();
  // Results follow the list item (Form.List keys), so removing a case keeps the others' results.
  const [results, setResults] = useState<Record<number, CaseResult>>({});
  const [running, setRunning] = useState<number | 'all' | null>(null);
  const [error, setError] = useState<PolicyApiError | null>(null);

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
                })
              }
            >
              {t('policies.testCases.runAll')}
            </Button>
            {fields.length > 0 && Object.keys(results).length > 0 && (
              <Typography.Text type="secondary">
                {t('policies.testCases.summary', {
                  passed: fields.filter((field) => results[field.key]?.passed).length,
                  total: fields.length,
                })}
              </Typography.Text>
            )}
          </Space>
          {error && <Alert type="error" showIcon message={error.message} closable onClose={() => setError(null)} />}
          {fields.map((field, index) => {
            const label = t('policies.testCases.caseN', { n: index + 1 });
            return (
              <Card
                key={field.key}
                size="small"
                title={label}
                role="group"
                aria-label={label}
                extra={
                  <Space size={4}>
                    <Button
                      size="small"
                      icon={<CaretRightOutlined />}
                      loading={running === index}
                      onClick={() =>
                        guard(index, async () => {
                          const result = await runOne(index);
                          setResults((current) => ({ ...current, [field.key]: result }));
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
                      <Button size="small" danger icon={<DeleteOutlined />}>
                        {t('policies.testCases.remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                }
              >
                <Row gutter={12}>
                  <Col xs={24} md={10}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('policies.testCases.name')}
                      rules={[{ required: true, whitespace: true, message: t('policies.testCases.nameRequired') }]}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[field.name, 'expectedOutcome']} label={t('policies.testCases.expectedOutcome')}>
                      <Select
                        options={OUTCOMES.map((outcome) => ({
                          value: outcome,
                          label: t(`policies.outcomes.${outcome}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item
                      name={[field.name, 'expectedBenefit']}
                      label={t('policies.testCases.expectedBenefit')}
                      tooltip={t('policies.testCases.expectedBenefitHint')}
                    >
                      <WanInput placeholder={t('policies.testCases.benefitNotChecked')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={4}>
                    <Form.Item
                      name={[field.name, 'asOf']}
                      label={t('policies.testCases.asOf')}
                      tooltip={t('policies.testCases.asOfHint')}
                    >
                      <DayInput />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item
                  name={[field.name, 'facts']}
                  label={t('policies.testCases.factsJson')}
                  tooltip={t('policies.testCases.factsHint')}
                  rules={[jsonRule(t)]}
                  style={{ marginBottom: 0 }}
                >
                  <JsonInput rows={4} placeholder='{ "employees": 50, "revenue": 20000000 }' />
                </Form.Item>
                {results[field.key] && <TestCaseResultView result={results[field.key] as CaseResult} />}
              </Card>
            );
          })}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(newTestCase())}>
            {t('policies.testCases.add')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
};
