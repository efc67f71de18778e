import { Show } from '@refinedev/antd';
import { useGetIdentity, useShow } from '@refinedev/core';
import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { Park, User } from '../../graphql/types';
import { ParkSpaceHistory } from './park-space-history';
import { ParkTenants } from './park-tenants';
import { PARK_QUERY } from './queries';
import { useParkDetails } from './use-park-details';

/** One park with all its fields; staff also see its tenants and the history of its free space. */
export const ParkShow = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: user } = useGetIdentity<User>();
  const isStaff = user?.role === 'ADMIN' || user?.role === 'BUREAU_STAFF';
  const { result: park, query } = useShow<Park>({ resource: 'parks', meta: { gqlQuery: PARK_QUERY } });
  const items = useParkDetails(park);
  return (
    <Show isLoading={query.isLoading} canEdit canDelete={false}>
      {query.isError && <Alert type="error" showIcon message={query.error.message} />}
      {park && (
        <>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {f.pick(park.name, park.nameEn)}
          </Typography.Title>
          <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} items={items} />
          {isStaff && (
            <>
              <Card
                id="park-tenants"
                size="small"
                title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('parks.tenants.title')}</h2>}
                style={{ marginTop: 16 }}
              >
                <ParkTenants parkId={park.id} />
              </Card>
              <Card
                id="park-space-history"
                size="small"
                title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('parks.spaceHistory.title')}</h2>}
                style={{ marginTop: 16 }}
              >
                <ParkSpaceHistory parkId={park.id} />
              </Card>
            </>
          )}
        </>
      )}
    </Show>
  );
};
