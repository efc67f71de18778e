import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { ParkTenantsQuery } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { useIndustryNames } from '../industries/use-industry-names';
import { PARK_TENANTS_QUERY } from './queries';
import { useCursorPages } from './use-cursor-pages';

type Tenant = ParkTenantsQuery['parkTenants']['edges'][number]['node'];

const PAGE_SIZE = 10;

/** The enterprises placed in the park, by name, with the space they hold and since when (staff). */
export const ParkTenants = ({ parkId }: { parkId: string }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const industryName = useIndustryNames();
  const { after, pagination } = useCursorPages(PAGE_SIZE);
  const { data, isLoading, error } = useGqlQuery(
    PARK_TENANTS_QUERY,
    { parkId, first: PAGE_SIZE, after },
    { resource: 'parks' },
  );
  const connection = data?.parkTenants;
  const none = t('common.none');
  const columns: TableColumnsType<Tenant> = [
    {
      key: 'name',
      title: t('parks.tenants.name'),
      render: (_, row) => <Link to={`/enterprises/${row.enterprise.id}`}>{row.enterprise.name}</Link>,
    },
    {
      key: 'industry',
      title: t('parks.tenants.industry'),
      responsive: ['md'],
      render: (_, row) => (row.enterprise.industry ? industryName(row.enterprise.industry) : none),
    },
    {
      key: 'tier',
      title: t('parks.tenants.tier'),
      responsive: ['md'],
      render: (_, row) => (row.enterprise.tier ? t(`parks.tiers.${row.enterprise.tier}`) : none),
    },
    {
      key: 'space',
      title: t('parks.tenants.space'),
      align: 'right',
      render: (_, row) =>
        [row.landMu > 0 ? f.land(row.landMu) : null, row.floorSqm > 0 ? f.floor(row.floorSqm) : null]
          .filter(Boolean)
          .join(' · ') || none,
    },
    {
      key: 'since',
      title: t('parks.tenants.since'),
      render: (_, row) => (row.since ? f.date(row.since) : none),
    },
  ];
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  return (
    <Table<Tenant>
      rowKey="id"
      size="small"
      loading={isLoading}
      columns={columns}
      dataSource={connection?.edges.map((edge) => edge.node) ?? []}
      locale={{ emptyText: t('parks.tenants.empty') }}
      pagination={pagination(connection)}
      aria-label={t('parks.tenants.title')}
    />
  );
};
