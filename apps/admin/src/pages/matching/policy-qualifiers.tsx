import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { PolicyQualifiersQuery } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { useFactLabel } from '../policies/policy-explanation/fact-label';
import { gapFactsOf } from './gap-facts';
import { POLICY_QUALIFIERS_QUERY } from './queries';
import { downloadQualifiers } from './qualifier-export';
import { QualifierFilters, type EnterpriseFilter, type QualifierFilter } from './qualifier-filters';

type Qualifier = PolicyQualifiersQuery['policyQualifiers']['edges'][number]['node'];
type ListKind = 'qualified' | 'nearMisses' | 'needsInfo';

const PAGE_SIZE = 20;
/** While a re-match runs the lists fill up: look again this often. */
const REFRESH_MS = 3000;
const FILTERS: Record<ListKind, QualifierFilter> = {
  qualified: { outcome: 'ELIGIBLE' },
  nearMisses: { nearMiss: true },
  needsInfo: { outcome: 'NEEDS_INFO' },
};

/** One list, paged on the server by cursor: the cursors of the pages seen make 上一页 possible. */
const QualifierList = ({
  policyId,
  kind,
  filter,
  running,
}: {
  policyId: string;
  kind: ListKind;
  filter: EnterpriseFilter;
  running: boolean;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const factLabel = useFactLabel();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, isLoading, error, refetch } = useGqlQuery(
    POLICY_QUALIFIERS_QUERY,
    { policyId, first: PAGE_SIZE, after, ...FILTERS[kind], ...filter },
    { resource: 'policies', refetchInterval: running ? REFRESH_MS : undefined },
  );
  // once a re-match ends, the list as it left it
  useEffect(() => {
    if (!running) void refetch();
  }, [running, refetch]);
  const connection = data?.policyQualifiers;

  const columns: TableColumnsType<Qualifier> = [
    {
      title: t('matching.qualifiers.enterprise'),
      key: 'enterprise',
      render: (_, row) => <Link to={`/enterprises/${row.enterpriseId}`}>{row.enterprise.name}</Link>,
    },
    {
      title: t('matching.qualifiers.uscc'),
      key: 'uscc',
      render: (_, row) => <Typography.Text style={{ fontFamily: 'monospace' }}>{row.enterprise.uscc}</Typography.Text>,
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
            // the server's words, the same as in the export
            render: (_, row) => (
              <Flex vertical>
                {row.gapText.map((line) => (
                  <span key={line}>{line}</span>
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
export const PolicyQualifiers = ({
  policyId,
  criteria,
  running = false,
}: {
  policyId: string;
  /** The policy's criteria (JsonLogic): the near-miss list offers its numeric facts as gaps. */
  criteria?: unknown;
  running?: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const kinds: ListKind[] = ['qualified', 'nearMisses', 'needsInfo'];
  const [kind, setKind] = useState<ListKind>('qualified');
  const [filter, setFilter] = useState<EnterpriseFilter>({});
  const [exporting, setExporting] = useState(false);
  // the gap applies to near misses only
  const listFilter = kind === 'nearMisses' ? filter : { ...filter, gapFact: undefined };
  const exportList = async () => {
    setExporting(true);
    try {
      await downloadQualifiers(policyId, { ...FILTERS[kind], ...listFilter });
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Card
      id="policy-qualifiers"
      size="small"
      title={t('matching.qualifiers.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>
          {t('matching.qualifiers.export')}
        </Button>
      }
    >
      <QualifierFilters
        value={filter}
        onChange={setFilter}
        gapFacts={kind === 'nearMisses' ? gapFactsOf(criteria) : []}
      />
      <Tabs
        destroyOnHidden
        activeKey={kind}
        onChange={(key) => setKind(key as ListKind)}
        items={kinds.map((k) => ({
          key: k,
          label: t(`matching.qualifiers.${k}`),
          // a new filter starts the list at its first page
          children: (
            <QualifierList
              key={JSON.stringify(listFilter)}
              policyId={policyId}
              kind={k}
              filter={listFilter}
              running={running}
            />
          ),
        }))}
      />
    </Card>
  );
};
