import { Table } from 'antd';
import { FactsSummary } from './policy-explanation/facts-summary';
import { useTranslation } from 'react-i18next';
import { OutcomeTag } from './policy-explanation/outcome-tag';
import { useFormat } from '../../format/use-format';
import type { PolicyContent } from './types';

type Case = PolicyContent['testCases'][number];

/** A policy's own examples, read-only: facts, expected outcome and benefit. */
export const TestCasesTable = ({ cases }: { cases: Case[] }) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table<Case>
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={cases}
      aria-label={t('policies.testCases.title')}
      columns={[
        { key: 'name', title: t('policies.testCases.name'), dataIndex: 'name' },
        {
          key: 'facts',
          title: t('policies.testCases.facts'),
          render: (_, testCase) => <FactsSummary facts={testCase.facts} />,
        },
        {
          key: 'asOf',
          title: t('policies.testCases.asOf'),
          width: 120,
          render: (_, c) => (c.asOf ? f.date(c.asOf) : t('common.none')),
        },
        {
          key: 'expectedOutcome',
          title: t('policies.testCases.expectedOutcome'),
          width: 130,
          render: (_, testCase) => <OutcomeTag outcome={testCase.expectedOutcome} />,
        },
        {
          key: 'expectedBenefit',
          title: t('policies.testCases.expectedBenefit'),
          width: 130,
          align: 'right',
          render: (_, testCase) =>
            testCase.expectedBenefit === null
              ? t('policies.testCases.benefitNotChecked')
              : f.money(testCase.expectedBenefit),
        },
      ]}
    />
  );
};
