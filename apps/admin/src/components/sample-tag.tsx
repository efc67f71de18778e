import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks a figure the plan does not give (sample data). */
export const SampleTag = () => {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('common.sampleHint')}>
      <Tag color="orange" bordered={false}>
        {t('common.sample')}
      </Tag>
    </Tooltip>
  );
};
