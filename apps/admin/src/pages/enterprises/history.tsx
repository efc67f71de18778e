import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnterpriseFactSource } from './enterprise-fact-source';
import { useFormat } from '../../format/use-format';
import type { EnterpriseHistoryQuery } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { isStoredFact } from './fact-groups';
import type { FactValue } from './profile-model';
import { ENTERPRISE_HISTORY_QUERY } from './queries';
import { useFactFormat } from './use-fact-format';
import type { Taxonomy } from './use-taxonomy';

type Change = NonNullable<EnterpriseHistoryQuery['enterprise']>['history']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** Who changed which fact when, from what to what; newest first, paged by cursor. */
export const ProfileHistory = ({ enterpriseId, taxonomy }: { enterpriseId: string; taxonomy: Taxonomy }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const format = useFactFormat(taxonomy);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);
  const { data, isLoading, error } = useGqlQuery(
    ENTERPRISE_HISTORY_QUERY,
    {
      id: enterpriseId,
      first: PAGE_SIZE,
      after: cursors[page] ?? null,
    },
    { resource: 'enterprises' },
  );
  const history = data?.enterprise.history;
  const fieldLabel = (fact: string) =>
    isStoredFact(fact) ? t(`enterprises.facts.${fact}`) : t(`enterprises.fields.${fact}`, { defaultValue: fact });
  const columns: TableColumnsType<Change> = [
    { key: 'at', title: t('enterprises.history.at'), width: 170, render: (_, row) => f.dateTime(row.at) },
    {
      key: 'actor',
      title: t('enterprises.history.actor'),
      width: 200,
      render: (_, row) => (
        <span>
          {row.actorName ?? t('enterprises.history.system')}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`roles.${row.actorRole}`, { defaultValue: row.actorRole })}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'fact',
      title: t('enterprises.history.field'),
      width: 240,
      render: (_, row) => fieldLabel(row.fact),
    },
    {
      key: 'change',
      title: t('enterprises.history.changes'),
      render: (_, row) =>
        row.kind === 'VERIFY' ? (
          <Tag color="green">{t('enterprises.history.verified')}</Tag>
        ) : (
          t('enterprises.history.arrow', {
            before: format(row.fact, row.before as FactValue),
            after: format(row.fact, row.after as FactValue),
          })
        ),
    },
    {
      key: 'source',
      title: t('enterprises.history.source'),
      width: 110,
      render: (_, row) => (row.source ? <EnterpriseFactSource source={row.source} /> : t('common.none')),
    },
  ];
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  return (
    <Table<Change>
      rowKey="id"
      size="small"
      loading={isLoading}
      columns={columns}
      dataSource={history?.edges.map((edge) => edge.node) ?? []}
      locale={{ emptyText: t('enterprises.history.empty') }}
      pagination={{
        current: page + 1,
        pageSize: PAGE_SIZE,
        total: history?.totalCount ?? 0,
        showSizeChanger: false,
        onChange: (next) => {
          const index = next - 1;
          if (index > page && history?.pageInfo.endCursor) {
            setCursors((known) => {
              const copy = [...known];
              copy[index] = history.pageInfo.endCursor;
              return copy;
            });
          }
          // pages are walked forward one at a time; jumping ahead stops at the last known one
          setPage(Math.min(index, Math.max(cursors.length - 1, page + 1)));
        },
      }}
    />
  );
};
