import { Edit } from '@refinedev/antd';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useGqlQuery } from '../../providers/use-gql';
import { ProfileEditor } from './profile-editor';
import { ENTERPRISE_QUERY } from './queries';

/** Staff (or the enterprise itself) edit one enterprise's record by id. */
export const EnterpriseEdit = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // `?focus=<fact>`: opened from 我的政策 to fill one missing fact
  const [search] = useSearchParams();
  const focus = search.get('focus') ?? undefined;
  const { data, isLoading, error, refetch } = useGqlQuery(ENTERPRISE_QUERY, { id }, { resource: 'enterprises' });
  const enterprise = data?.enterprise;
  return (
    <Edit
      resource="enterprises"
      recordItemId={id}
      isLoading={isLoading}
      title={enterprise ? `${t('enterprises.titles.edit')} · ${enterprise.name}` : t('enterprises.titles.edit')}
      canDelete={false}
      headerButtons={({ defaultButtons }) => defaultButtons}
      footerButtons={() => null}
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      {enterprise && (
        <ProfileEditor
          key={enterprise.id}
          enterprise={enterprise}
          focus={focus}
          reload={async () => (await refetch()).data?.data.enterprise}
        />
      )}
    </Edit>
  );
};
