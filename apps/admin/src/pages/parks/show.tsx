import { Show } from '@refinedev/antd';
import { useShow } from '@refinedev/core';
import { Alert, Descriptions, Typography } from 'antd';
import { useFormat } from '../../format/use-format';
import type { Park } from '../../graphql/types';
import { PARK_QUERY } from './queries';
import { useParkDetails } from './use-park-details';

/** One park with all its fields. */
export const ParkShow = () => {
  const f = useFormat();
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
        </>
      )}
    </Show>
  );
};
