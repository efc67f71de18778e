import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { ParkSpaceHistoryQuery } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { MUTED } from '../applications/text-colors';
import { PARK_SPACE_HISTORY_QUERY } from './queries';
import { useCursorPages } from './use-cursor-pages';

type Entry = ParkSpaceHistoryQuery['parkSpaceHistory']['edges'][number]['node'];

const PAGE_SIZE = 10;
/** Tag colours whose text keeps 4.5:1 contrast on their tint (antd's green and orange do not). */
const KIND_COLORS: Record<Entry['kind'], string> = {
  CREATED: 'default',
  APPROVAL: 'blue',
  ALLOCATION: 'geekblue',
  RELEASE: 'purple',
  HAND_EDIT: 'magenta',
  LAND_RECOVERED: 'geekblue',
  LAND_REASSIGNED: 'blue',
};

/**
 * Every change of the park's free land and floor space, newest first: who took or gave back space
 * by which application decision, or who edited it by hand and why (staff).
 */
export const ParkSpaceHistory = ({ parkId }: { parkId: string }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { after, pagination } = useCursorPages(PAGE_SIZE);
  const { data, isLoading, error } = useGqlQuery(
    PARK_SPACE_HISTORY_QUERY,
    { parkId, first: PAGE_SIZE, after },
    { resource: 'parks' },
  );
  const connection = data?.parkSpaceHistory;
  const signed = (value: number, format: (n: number) => string) =>
    `${value > 0 ? '+' : value < 0 ? '−' : ''}${format(Math.abs(value))}`;
  const columns: TableColumnsType<Entry> = [
    { key: 'at', title: t('parks.spaceHistory.at'), width: 160, render: (_, row) => f.dateTime(row.at) },
    {
      key: 'kind',
      title: t('parks.spaceHistory.kind'),
      render: (_, row) => <Tag color={KIND_COLORS[row.kind]}>{t(`parks.spaceHistory.kinds.${row.kind}`)}</Tag>,
    },
    {
      key: 'change',
      title: t('parks.spaceHistory.change'),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          {row.landMuDelta !== 0 && <span>{signed(row.landMuDelta, f.land)}</span>}
          {row.floorSqmDelta !== 0 && <span>{signed(row.floorSqmDelta, f.floor)}</span>}
        </Space>
      ),
    },
    {
      key: 'left',
      title: t('parks.spaceHistory.left'),
      responsive: ['md'],
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <span>{f.land(row.freeLandMuAfter)}</span>
          <span>{f.floor(row.freeFloorSqmAfter)}</span>
        </Space>
      ),
    },
    {
      key: 'who',
      title: t('parks.spaceHistory.who'),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          {row.enterprise && <Link to={`/enterprises/${row.enterprise.id}`}>{row.enterprise.name}</Link>}
          <span>
            {row.actorName ?? t('parks.spaceHistory.system')}{' '}
            <Typography.Text style={MUTED}>
              {t(`roles.${row.actorRole}`, { defaultValue: row.actorRole })}
            </Typography.Text>
          </span>
        </Space>
      ),
    },
    {
      key: 'cause',
      title: t('parks.spaceHistory.cause'),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          {row.applicationId && (
            <Link to={`/applications/${row.applicationId}`}>{t('parks.spaceHistory.openApplication')}</Link>
          )}
          {row.reason && <span>{row.reason}</span>}
        </Space>
      ),
    },
  ];
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  return (
    <Table<Entry>
      rowKey="id"
      size="small"
      loading={isLoading}
      columns={columns}
      dataSource={connection?.edges.map((edge) => edge.node) ?? []}
      locale={{ emptyText: t('parks.spaceHistory.empty') }}
      pagination={pagination(connection)}
      scroll={{ x: 'max-content' }}
      aria-label={t('parks.spaceHistory.title')}
    />
  );
};
