import { Descriptions, Grid, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import { PolicyKindTag, PolicyStatusTag } from './policy-tags';
import type { PolicyDetail } from './types';
import { useEffectivePeriod } from './use-policy-columns';

/** A policy's facts for people: source, dates, money in 万元, targets by name. */
export const usePolicyDetails = (
  policy: PolicyDetail | undefined,
  names: { industry: (code: string) => string; park: (code: string) => string },
): DescriptionsProps['items'] => {
  const { t } = useTranslation();
  const f = useFormat();
  const period = useEffectivePeriod();
  if (!policy) return [];
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const tags = (values: string[], render: (value: string) => string, empty: ReactNode) =>
    values.length === 0 ? (
      empty
    ) : (
      <Space size={[0, 4]} wrap>
        {values.map((value) => (
          <Tag key={value}>{render(value)}</Tag>
        ))}
      </Space>
    );
  const item = (key: string, children: ReactNode, span = 1) => ({
    key,
    label: t(`policies.fields.${key}`),
    children,
    span,
  });
  return [
    item('code', <Typography.Text code>{policy.code}</Typography.Text>),
    item(
      'status',
      <Space size={4}>
        <PolicyStatusTag status={policy.status} />
        <span>v{policy.version}</span>
        {policy.isExample && <SampleTag />}
      </Space>,
    ),
    item('kind', <PolicyKindTag kind={policy.kind} />),
    item('documentNumber', policy.documentNumber || none),
    item('issuingDepartment', policy.issuingDepartment || none),
    item(
      'sourceUrl',
      policy.sourceUrl ? (
        <Typography.Link href={policy.sourceUrl} target="_blank" rel="noreferrer">
          {policy.sourceUrl}
        </Typography.Link>
      ) : (
        none
      ),
    ),
    item('effective', period(policy.effectiveFrom, policy.effectiveTo)),
    item('applicationDeadline', policy.applicationDeadline ? f.date(policy.applicationDeadline) : none),
    item('maxBenefit', policy.maxBenefit === null ? t('common.unlimited') : f.money(policy.maxBenefit)),
    item('stackingGroup', policy.stackingGroup ? <Typography.Text code>{policy.stackingGroup}</Typography.Text> : none),
    item('targetIndustries', tags(policy.targetIndustries, names.industry, t('policies.anyIndustry')), 2),
    item(
      'targetTiers',
      tags(policy.targetTiers, (tier) => t(`parks.tiers.${tier}`), t('policies.anyTier')),
    ),
    item('targetParks', tags(policy.targetParks, names.park, t('policies.anyPark'))),
    item(
      'summary',
      <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
        {f.pick(policy.summary, policy.summaryEn) || t('common.none')}
      </Typography.Paragraph>,
      2,
    ),
  ];
};

/**
 * The facts as a two-column sheet on a tablet or wider, labels kept on one line (a long value
 * such as a link wraps instead of squeezing them); on a phone each label above its value.
 */
export const PolicyDetails = ({ items }: { items: DescriptionsProps['items'] }) => {
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  return (
    <Descriptions
      bordered
      size="small"
      layout={wide ? 'horizontal' : 'vertical'}
      column={wide ? 2 : 1}
      items={wide ? items : items?.map((item) => ({ ...item, span: 1 }))}
      styles={{ label: wide ? { whiteSpace: 'nowrap' } : {}, content: { overflowWrap: 'anywhere' } }}
      style={{ marginBottom: 16 }}
    />
  );
};
