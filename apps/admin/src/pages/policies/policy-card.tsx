import { EditButton, ShowButton } from '@refinedev/antd';
import { Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { PolicyKindTag, PolicyStatusTag } from './policy-tags';
import { PolicyTitle } from './policy-title';
import type { PolicySummary } from './types';
import { useEffectivePeriod, useMaxBenefit } from './use-policy-columns';

/** One policy in the phone list: its title, kind, the most it pays, when it applies. */
export const PolicyCard = ({ policy, staff }: { policy: PolicySummary; staff: boolean }) => {
  const { t } = useTranslation();
  const period = useEffectivePeriod();
  const maxBenefit = useMaxBenefit();
  return (
    <Card size="small">
      <Flex vertical gap={6}>
        <Link to={`/policies/${policy.id}`} style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
          <PolicyTitle title={policy.title} titleEn={policy.titleEn} />
        </Link>
        <Space size={4} wrap>
          <PolicyKindTag kind={policy.kind} />
          {staff && <PolicyStatusTag status={policy.status} />}
          {staff && <Typography.Text type="secondary">v{policy.version}</Typography.Text>}
          {policy.isExample && <SampleTag />}
        </Space>
        <Descriptions
          size="small"
          column={1}
          colon
          items={[
            {
              key: 'maxBenefit',
              label: t('policies.fields.maxBenefit'),
              children: <Typography.Text strong>{maxBenefit(policy.maxBenefit)}</Typography.Text>,
            },
            {
              key: 'effective',
              label: t('policies.fields.effective'),
              children: period(policy.effectiveFrom, policy.effectiveTo),
            },
          ]}
        />
        {staff && (
          <Space size={4} wrap>
            <ShowButton size="small" resource="policies" recordItemId={policy.id} />
            {policy.status !== 'RETIRED' && <EditButton size="small" resource="policies" recordItemId={policy.id} />}
          </Space>
        )}
      </Flex>
    </Card>
  );
};
