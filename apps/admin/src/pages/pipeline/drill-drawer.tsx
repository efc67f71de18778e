import { Alert, Drawer, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { DrillLeadsQuery, LeadFilter } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { LeadStageTag } from '../leads/lead-stage-tag';
import { leadsListHref } from './dashboard-view';
import { DRILL_LEADS_QUERY } from './queries';

type DrillRow = DrillLeadsQuery['leads']['edges'][number]['node'];

export interface Drill {
  title: string;
  filter: LeadFilter;
}

const PAGE = 20;

/**
 * The leads behind a coverage cell or an overdue card, filtered on the server (the newest 20, with
 * how many there are), each linking to its page; the full filtered list is one link further.
 */
export const DrillDrawer = ({ drill, onClose }: { drill: Drill | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { data, isLoading, error } = useGqlQuery(
    DRILL_LEADS_QUERY,
    { filter: drill?.filter ?? {}, first: PAGE },
    { resource: 'leads', enabled: !!drill },
  );
  const leads = data?.leads;
  const columns: TableColumnsType<DrillRow> = [
    {
      key: 'name',
      title: t('pipeline.drill.company'),
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={`/leads/${row.id}`}>{row.companyName}</Link>
          {row.sample && <SampleTag />}
        </Space>
      ),
    },
    { key: 'stage', title: t('pipeline.table.stage'), render: (_, row) => <LeadStageTag stage={row.stage} /> },
    {
      key: 'planned',
      title: t('pipeline.table.planned'),
      align: 'right',
      render: (_, row) => (row.plannedInvestment == null ? t('common.none') : f.money(row.plannedInvestment)),
    },
    { key: 'owner', title: t('pipeline.drill.owner'), render: (_, row) => row.ownerName ?? t('common.none') },
  ];
  return (
    <Drawer open={!!drill} onClose={onClose} width={720} title={drill?.title} destroyOnHidden>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {leads && (
        <Typography.Paragraph>
          {t('pipeline.drill.count', { n: leads.totalCount })}{' '}
          {drill && <Link to={leadsListHref(drill.filter)}>{t('pipeline.drill.openList')}</Link>}
        </Typography.Paragraph>
      )}
      <Table<DrillRow>
        rowKey="id"
        size="small"
        loading={isLoading}
        pagination={false}
        columns={columns}
        dataSource={leads?.edges.map((edge) => edge.node) ?? []}
        locale={{ emptyText: t('pipeline.empty') }}
        scroll={{ x: 600 }}
      />
    </Drawer>
  );
};
