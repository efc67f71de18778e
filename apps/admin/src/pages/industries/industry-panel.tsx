import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { Industry } from '../../graphql/types';

export const IndustryLabel = ({ industry }: { industry: Industry }) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Space wrap>
      <Typography.Text strong>{f.pick(industry.name, industry.nameEn)}</Typography.Text>
      <Typography.Text type="secondary" code>
        {industry.code}
      </Typography.Text>
      <Tag bordered={false}>{t('industries.segmentCount', { count: industry.segments.length })}</Tag>
    </Space>
  );
};

/** A cluster's description and its chain segments. */
export const IndustryPanel = ({ industry }: { industry: Industry }) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <Typography.Paragraph>{f.pick(industry.description, industry.descriptionEn)}</Typography.Paragraph>
      <Typography.Text strong>{t('industries.segments')}</Typography.Text>
      <div style={{ margin: '8px 0' }}>
        {industry.segments.length === 0 ? (
          <Typography.Text type="secondary">{t('industries.noSegments')}</Typography.Text>
        ) : (
          <Space size={[8, 8]} wrap role="list" aria-label={t('industries.segments')}>
            {industry.segments.map((segment) => (
              <Tag key={segment.code} color="blue" role="listitem" title={segment.code}>
                {f.pick(segment.name, segment.nameEn)}
              </Tag>
            ))}
          </Space>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('common.planRef', { ref: industry.planRef })}
      </Typography.Text>
    </>
  );
};
