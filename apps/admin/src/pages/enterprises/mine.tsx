import { Alert, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGqlQuery } from '../../providers/use-gql';
import { MyIncubationCard } from '../incubation/my-incubation-card';
import { ProfileEditor } from './profile-editor';
import { MY_ENTERPRISE_QUERY } from './queries';

/** An enterprise user's own record (一企一档): who it is, then the profile editor. */
export const MyEnterprise = () => {
  const { t } = useTranslation();
  const { data, isLoading, error, refetch } = useGqlQuery(MY_ENTERPRISE_QUERY, {}, { resource: 'enterprises' });
  const enterprise = data?.myEnterprise;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('enterprises.titles.mine')}
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error.message} />}
      {isLoading && <Skeleton active />}
      {!isLoading && !error && !enterprise && (
        <Alert type="info" showIcon message={t('enterprises.profile.noEnterprise')} />
      )}
      {enterprise && (
        <>
          <Card size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'name', label: t('enterprises.fields.name'), children: enterprise.name },
                {
                  key: 'uscc',
                  label: t('enterprises.fields.uscc'),
                  children: (
                    <Typography.Text code copyable>
                      {enterprise.uscc}
                    </Typography.Text>
                  ),
                },
              ]}
            />
            <Typography.Text type="secondary">{t('enterprises.intro')}</Typography.Text>
            {enterprise.missingFacts.length > 0 && (
              <div style={{ marginTop: 8 }}>
                <Tag color="orange">
                  {t('enterprises.profile.missingCount', { count: enterprise.missingFacts.length })}
                </Tag>
              </div>
            )}
          </Card>
          <MyIncubationCard />
          <ProfileEditor
            key={enterprise.id}
            enterprise={enterprise}
            reload={async () => (await refetch()).data?.data.myEnterprise}
          />
        </>
      )}
    </Space>
  );
};
