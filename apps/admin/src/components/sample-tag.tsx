import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks a figure the plan does not give (sample data). */
export const SampleTag = () => {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('common.sampleHint')}>
      {/* antd's light orange fails AA contrast with its own text; white on a dark orange passes (5.9:1) */}
      <Tag color="#ad4e00" bordered={false}>
        {t('common.sample')}
      </Tag>
    </Tooltip>
  );
};
