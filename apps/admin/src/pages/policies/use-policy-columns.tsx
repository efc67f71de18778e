import { EditButton, ShowButton } from '@refinedev/antd';
import { Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import { PolicyKindTag, PolicyStatusTag } from './policy-tags';
import type { PolicySummary } from './types';
import { PolicyTitle } from './policy-title';

export const useEffectivePeriod = () => {
  const { t } = useTranslation();
  const f = useFormat();
  return (from: string | null, to: string | null): string => {
    if (!from && !to) return t('policies.period.always');
    if (!to) return t('policies.period.from', { from: f.date(from as string) });
    if (!from) return t('policies.period.until', { to: f.date(to) });
    return t('policies.period.between', { from: f.date(from), to: f.date(to) });
  };
};

/** A policy's cap as people read it: an amount, or "no cap". */
export const useMaxBenefit = () => {
  const { t } = useTranslation();
  const f = useFormat();
  return (yuan: number | null): string => (yuan === null ? t('common.unlimited') : f.money(yuan));
};

/**
 * The list's columns, the title first (its code small beneath); enterprises see published
 * versions only, so they get no status column.
 */
export const usePolicyColumns = (showStatus: boolean): TableColumnsType<PolicySummary> => {
  const { t } = useTranslation();
  const period = useEffectivePeriod();
  const maxBenefit = useMaxBenefit();
  const columns: TableColumnsType<PolicySummary> = [
    {
      key: 'title',
      title: t('policies.fields.title'),
      render: (_, policy) => (
        <Space direction="vertical" size={0}>
          <Space size={4} wrap>
            <Link to={`/policies/${policy.id}`}>
              <PolicyTitle title={policy.title} titleEn={policy.titleEn} />
            </Link>
            {policy.isExample && <SampleTag />}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {policy.code}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'kind',
      title: t('policies.fields.kind'),
      width: 100,
      render: (_, policy) => <PolicyKindTag kind={policy.kind} />,
    },
    {
      key: 'status',
      title: t('policies.fields.status'),
      width: 90,
      render: (_, policy) => <PolicyStatusTag status={policy.status} />,
    },
    {
      key: 'version',
      title: t('policies.fields.version'),
      width: 70,
      align: 'right',
      render: (_, policy) => `v${policy.version}`,
    },
    {
      key: 'effective',
      title: t('policies.fields.effective'),
      width: 180,
      render: (_, policy) => period(policy.effectiveFrom, policy.effectiveTo),
    },
    {
      key: 'maxBenefit',
      title: t('policies.fields.maxBenefit'),
      width: 130,
      align: 'right',
      render: (_, policy) => maxBenefit(policy.maxBenefit),
    },
    {
      key: 'actions',
      title: t('policies.fields.actions'),
      width: 150,
      render: (_, policy) => (
        <Space size={4}>
          <ShowButton size="small" resource="policies" recordItemId={policy.id} />
          {policy.status !== 'RETIRED' && <EditButton size="small" resource="policies" recordItemId={policy.id} />}
        </Space>
      ),
    },
  ];
  return showStatus ? columns : columns.filter((column) => column.key !== 'status');
};
