import { UploadOutlined } from '@ant-design/icons';
import { EditButton, List, ShowButton, useTable } from '@refinedev/antd';
import { CanAccess, useGetIdentity, type HttpError } from '@refinedev/core';
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { EnterprisesQuery } from '../../gql/graphql';
import type { User } from '../../graphql/types';
import { EnterpriseFilters, type EnterpriseSearch } from './enterprise-filters';
import { enterpriseSearchFromParams } from './enterprise-search-params';
import { MyEnterprise } from './mine';
import { ENTERPRISES_QUERY } from './queries';
import { useTaxonomy } from './use-taxonomy';
import { ExportButton } from '../../components/export-button';

type EnterpriseRow = EnterprisesQuery['enterprises']['edges'][number]['node'];

/** Staff: every enterprise record, searched and filtered on the server, paged by cursor. */
export const EnterpriseList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const taxonomy = useTaxonomy();
  const [params] = useSearchParams();
  // the address's filters (the plan dashboard links here with them) are where the list starts; `sample`
  // (real or demo records only) stays for the visit, as the dashboard counted
  const [{ sample, ...initialSearch }] = useState(() => enterpriseSearchFromParams(params));
  const toFilters = ({ search, industryCode, tier, parkCode }: EnterpriseSearch) => [
    { field: 'search', operator: 'contains' as const, value: search },
    { field: 'industryCode', operator: 'eq' as const, value: industryCode },
    { field: 'tier', operator: 'eq' as const, value: tier },
    { field: 'parkCode', operator: 'eq' as const, value: parkCode },
    { field: 'sample', operator: 'eq' as const, value: sample },
  ];
  const { tableProps, searchFormProps, filters } = useTable<EnterpriseRow, HttpError, EnterpriseSearch>({
    resource: 'enterprises',
    meta: { gqlQuery: ENTERPRISES_QUERY, connection: true },
    pagination: { mode: 'server', pageSize: 20 },
    sorters: { mode: 'off' },
    syncWithLocation: false,
    filters: { initial: toFilters(initialSearch).filter((filter) => filter.value !== undefined) },
    onSearch: toFilters,
  });
  const columns: TableColumnsType<EnterpriseRow> = [
    {
      key: 'name',
      title: t('enterprises.fields.name'),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <Space size={4}>
            <Link to={`/enterprises/${row.id}`}>{row.name}</Link>
            {row.sample && <SampleTag />}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {row.uscc}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'industry',
      title: t('enterprises.fields.industry'),
      width: 220,
      render: (_, row) =>
        row.industry ? (
          <Space direction="vertical" size={0}>
            {taxonomy.industryName(row.industry)}
            {row.chainSegment && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {taxonomy.segmentName(row.chainSegment)}
              </Typography.Text>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('enterprises.notEntered')}</Typography.Text>
        ),
    },
    {
      key: 'tier',
      title: t('enterprises.fields.tier'),
      width: 150,
      render: (_, row) =>
        row.tier ? <Tag color="geekblue">{t(`enterprises.tiers.${row.tier}`)}</Tag> : t('common.none'),
    },
    {
      key: 'park',
      title: t('enterprises.fields.park'),
      width: 180,
      render: (_, row) => (row.parkCode ? taxonomy.parkName(row.parkCode) : t('common.none')),
    },
    {
      key: 'missing',
      title: t('enterprises.fields.missing'),
      width: 110,
      render: (_, row) =>
        row.missingFacts.length ? (
          <Tag color="orange">{t('enterprises.profile.missingCount', { count: row.missingFacts.length })}</Tag>
        ) : (
          <Tag color="green">{t('enterprises.profile.complete')}</Tag>
        ),
    },
    {
      key: 'updatedAt',
      title: t('enterprises.fields.updatedAt'),
      width: 170,
      render: (_, row) => f.dateTime(row.updatedAt),
    },
    {
      key: 'actions',
      title: t('enterprises.fields.actions'),
      width: 170,
      fixed: 'right',
      render: (_, row) => (
        <Space>
          <ShowButton size="small" resource="enterprises" recordItemId={row.id} />
          <EditButton size="small" resource="enterprises" recordItemId={row.id} />
        </Space>
      ),
    },
  ];
  return (
    <List
      title={t('enterprises.titles.list')}
      headerButtons={
        <>
          <ExportButton list="enterprises" filters={filters} />
          <CanAccess resource="enterprises" action="create">
            <Link to="/enterprises/import">
              <Button icon={<UploadOutlined />}>{t('enterprises.actions.import')}</Button>
            </Link>
          </CanAccess>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('enterprises.intro')}</Typography.Paragraph>
      <EnterpriseFilters formProps={{ ...searchFormProps, initialValues: initialSearch }} taxonomy={taxonomy} />
      <Table<EnterpriseRow> {...tableProps} rowKey="id" columns={columns} scroll={{ x: 1200 }} size="middle" />
    </List>
  );
};

/** `/enterprises`: staff see every record; an enterprise user sees (and edits) its own. */
export const EnterprisesHome = () => {
  const { data: user, isLoading } = useGetIdentity<User>();
  if (isLoading || !user) return null;
  return user.role === 'ENTERPRISE' ? <MyEnterprise /> : <EnterpriseList />;
};
