import { formatValue, isFactName, FACTS } from '#matching';
import { Alert, Button, Card, Flex, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { Outcome, PolicyQualifiersQuery } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { useFactLabel } from '../policies/policy-explanation/fact-label';
import { POLICY_QUALIFIERS_QUERY } from './queries';

type Qualifier = PolicyQualifiersQuery['policyQualifiers']['edges'][number]['node'];
type ListKind = 'qualified' | 'nearMisses' | 'needsInfo';

const PAGE_SIZE = 20;
/** While a re-match runs the lists fill up: look again this often. */
const REFRESH_MS = 3000;
const FILTERS: Record<ListKind, { outcome?: Outcome; nearMiss?: boolean }> = {
  qualified: { outcome: 'ELIGIBLE' },
  nearMisses: { nearMiss: true },
  needsInfo: { outcome: 'NEEDS_INFO' },
};

interface StoredGap {
  fact: string;
  value: unknown;
  threshold: unknown;
  direction: 'short' | 'over';
}

const gapsOf = (value: unknown): StoredGap[] =>
  Array.isArray(value)
    ? value.filter((gap): gap is StoredGap => typeof gap === 'object' && gap !== null && 'fact' in gap)
    : [];

/** One list, paged on the server by cursor: the cursors of the pages seen make 上一页 possible. */
const QualifierList = ({ policyId, kind, running }: { policyId: string; kind: ListKind; running: boolean }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const factLabel = useFactLabel();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, isLoading, error, refetch } = useGqlQuery(
    POLICY_QUALIFIERS_QUERY,
    { policyId, first: PAGE_SIZE, after, ...FILTERS[kind] },
    { resource: 'policies', refetchInterval: running ? REFRESH_MS : undefined },
  );
  // once a re-match ends, the list as it left it
  useEffect(() => {
    if (!running) void refetch();
  }, [running, refetch]);
  const connection = data?.policyQualifiers;
  const unitOf = (fact: string) => (isFactName(fact) && FACTS[fact].type === 'number' ? FACTS[fact].unit : null);
  const show = (value: unknown, fact: string) => {
    const text = formatValue(value, fact, unitOf(fact) ?? null);
    return f.pick(text.zh, text.en);
  };

  const columns: TableColumnsType<Qualifier> = [
    {
      title: t('matching.qualifiers.enterprise'),
      key: 'enterprise',
      render: (_, row) => <Link to={`/enterprises/${row.enterpriseId}`}>{row.enterprise.name}</Link>,
    },
    kind === 'qualified'
      ? {
          title: t('matching.qualifiers.benefit'),
          key: 'benefit',
          align: 'right',
          render: (_, row) => f.money(row.benefit),
        }
      : kind === 'nearMisses'
        ? {
            title: t('matching.qualifiers.gap'),
            key: 'gap',
            render: (_, row) => (
              <Flex vertical>
                {gapsOf(row.gaps).map((gap) => (
                  <span key={gap.fact}>
                    {t('matching.qualifiers.gapText', {
                      fact: factLabel(gap.fact),
                      value: show(gap.value, gap.fact),
                      direction: gap.direction === 'short' ? '≥' : '≤',
                      threshold: show(gap.threshold, gap.fact),
                    })}
                  </span>
                ))}
              </Flex>
            ),
          }
        : {
            title: t('matching.qualifiers.missing'),
            key: 'missing',
            render: (_, row) => (
              <Flex gap={4} wrap>
                {row.missingFacts.map((fact) => (
                  <Tag key={fact} color="orange">
                    {factLabel(fact)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
  ];

  return (
    <>
      {error && <Alert type="error" showIcon message={error.message} style={{ marginBottom: 8 }} />}
      <Table<Qualifier>
        rowKey="id"
        size="small"
        loading={isLoading}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('matching.qualifiers.empty') }}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }} gap={8} wrap>
        <Typography.Text type="secondary">
          {t('matching.qualifiers.total', { count: connection?.totalCount ?? 0 })}
        </Typography.Text>
        <Flex gap={8}>
          <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('matching.qualifiers.prev')}
          </Button>
          <Button
            disabled={!connection?.pageInfo.hasNextPage}
            onClick={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}
          >
            {t('matching.qualifiers.next')}
          </Button>
        </Flex>
      </Flex>
    </>
  );
};

/** Staff: the enterprises one policy version qualifies, its near misses and those lacking facts. */
export const PolicyQualifiers = ({ policyId, running = false }: { policyId: string; running?: boolean }) => {
  const { t } = useTranslation();
  const kinds: ListKind[] = ['qualified', 'nearMisses', 'needsInfo'];
  return (
    <Card size="small" title={t('matching.qualifiers.title')} style={{ marginBottom: 16 }}>
      <Tabs
        destroyOnHidden
        items={kinds.map((kind) => ({
          key: kind,
          label: t(`matching.qualifiers.${kind}`),
          children: <QualifierList policyId={policyId} kind={kind} running={running} />,
        }))}
      />
    </Card>
  );
};
