import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnterpriseFactSource } from './enterprise-fact-source';
import type { EnterpriseProfileFragment } from '../../gql/graphql';
import { FACT_GROUPS } from './fact-groups';
import { metaByFact, type FactValue } from './profile-model';
import { useFactFormat } from './use-fact-format';
import type { Taxonomy } from './use-taxonomy';

/**
 * The profile read-only, in the four groups, each fact with its source and date. Staff get a
 * "verify" button on every entered fact that is not verified yet.
 */
export const ProfileView = ({
  enterprise,
  taxonomy,
  onVerify,
  verifying,
}: {
  enterprise: EnterpriseProfileFragment;
  taxonomy: Taxonomy;
  onVerify?: (facts: string[]) => void;
  verifying?: boolean;
}) => {
  const { t } = useTranslation();
  const format = useFactFormat(taxonomy);
  const meta = metaByFact(enterprise);
  const values = enterprise as unknown as Record<string, FactValue>;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {FACT_GROUPS.map((group) => (
        <Card key={group.key} size="small" title={t(`enterprises.groups.${group.key}`)}>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 3 }}
            items={group.facts.map(({ name }) => {
              const source = meta.get(name);
              const value = values[name];
              const entered = value !== null && value !== undefined;
              const label = t(`enterprises.facts.${name}`);
              return {
                key: name,
                label,
                children: (
                  <Space wrap size={[8, 4]} style={{ width: '100%', justifyContent: 'space-between' }}>
                    <Typography.Text type={entered ? undefined : 'secondary'}>{format(name, value)}</Typography.Text>
                    <Space size={4}>
                      {entered && <EnterpriseFactSource source={source?.source} updatedAt={source?.updatedAt} />}
                      {onVerify && entered && source?.source !== 'VERIFIED' && (
                        <Button
                          size="small"
                          type="link"
                          icon={<SafetyCertificateOutlined />}
                          loading={verifying}
                          aria-label={t('enterprises.verify.oneLabel', { fact: label })}
                          onClick={() => onVerify([name])}
                        >
                          {t('enterprises.verify.one')}
                        </Button>
                      )}
                    </Space>
                  </Space>
                ),
              };
            })}
          />
        </Card>
      ))}
    </Space>
  );
};
