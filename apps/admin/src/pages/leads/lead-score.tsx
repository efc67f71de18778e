import { Progress, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { LeadQuery } from '../../gql/graphql';

type Lead = LeadQuery['lead'];

/** The priority score and why: each named part with its points and the reason, as the API explains it. */
export const LeadScore = ({ lead }: { lead: Pick<Lead, 'score' | 'scoreComponents'> }) => {
  const { t } = useTranslation();
  const f = useFormat();
  if (lead.score === null) return <Typography.Text type="secondary">{t('leads.score.pending')}</Typography.Text>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Progress
        percent={lead.score}
        format={() => t('leads.score.total', { score: lead.score })}
        aria-label={t('leads.fields.score')}
      />
      <Table
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={lead.scoreComponents}
        columns={[
          {
            key: 'label',
            title: t('leads.score.component'),
            render: (_, c) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{c.label}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.detail}
                </Typography.Text>
              </Space>
            ),
          },
          {
            key: 'points',
            title: t('leads.score.pointsTitle'),
            width: 80,
            align: 'right',
            render: (_, c) => f.number(c.points, 1),
          },
        ]}
      />
    </Space>
  );
};
