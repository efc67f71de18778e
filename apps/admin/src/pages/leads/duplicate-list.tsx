import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { LeadDuplicatesQuery } from '../../gql/graphql';
import { LeadStageTag } from './lead-stage-tag';

export type Duplicates = LeadDuplicatesQuery['leadDuplicates'];

export const hasDuplicates = (duplicates: Duplicates | null | undefined): duplicates is Duplicates =>
  !!duplicates && duplicates.leads.length + duplicates.enterprises.length > 0;

/** The existing leads and enterprises a new lead may duplicate, each a link to its record. */
export const DuplicateList = ({ duplicates }: { duplicates: Duplicates }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const likeness = (similarity: number) =>
    similarity >= 1
      ? t('leads.duplicates.sameUscc')
      : t('leads.duplicates.similarity', { value: f.percent(similarity, 0) });
  const items = [
    ...duplicates.leads.map((lead) => ({
      key: `lead-${lead.id}`,
      kind: t('leads.duplicates.lead'),
      link: <Link to={`/leads/${lead.id}`}>{lead.companyName}</Link>,
      extra: <LeadStageTag stage={lead.stage} />,
      uscc: lead.uscc,
      similarity: lead.similarity,
    })),
    ...duplicates.enterprises.map((enterprise) => ({
      key: `enterprise-${enterprise.id}`,
      kind: t('leads.duplicates.enterprise'),
      link: <Link to={`/enterprises/${enterprise.id}`}>{enterprise.name}</Link>,
      extra: null,
      uscc: enterprise.uscc,
      similarity: enterprise.similarity,
    })),
  ];
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(item) => (
        <List.Item key={item.key}>
          <Space wrap size={8}>
            <Tag>{item.kind}</Tag>
            {item.link}
            {item.extra}
            {item.uscc && <Typography.Text style={{ fontFamily: 'monospace' }}>{item.uscc}</Typography.Text>}
            <Typography.Text type="secondary">{likeness(item.similarity)}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
};
