import { List } from '@refinedev/antd';
import { useList } from '@refinedev/core';
import { Alert, Card, Collapse, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Industry } from '../../graphql/types';
import { groupIndustries } from './group-industries';
import { IndustryLabel, IndustryPanel } from './industry-panel';
import { INDUSTRIES_QUERY } from './queries';

/** Industry clusters → chain segments, grouped by category, priority clusters first and open. */
export const IndustryList = () => {
  const { t } = useTranslation();
  const { result, query } = useList<Industry>({
    resource: 'industries',
    meta: { gqlQuery: INDUSTRIES_QUERY },
    pagination: { mode: 'off' },
  });
  const groups = groupIndustries(result.data);
  return (
    <List>
      <Typography.Paragraph type="secondary">{t('industries.intro')}</Typography.Paragraph>
      {query.isError && (
        <Alert type="error" showIcon message={t('pages.error.loadFailed')} description={query.error.message} />
      )}
      {query.isLoading ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {groups.map(({ category, industries }) => (
            <Card
              key={category}
              title={t(`industries.categories.${category}`)}
              size="small"
              role="region"
              aria-label={t(`industries.categories.${category}`)}
            >
              <Collapse
                bordered={false}
                defaultActiveKey={category === 'PRIORITY' ? industries.map((industry) => industry.code) : []}
                items={industries.map((industry) => ({
                  key: industry.code,
                  label: <IndustryLabel industry={industry} />,
                  children: <IndustryPanel industry={industry} />,
                }))}
              />
            </Card>
          ))}
        </Space>
      )}
    </List>
  );
};
