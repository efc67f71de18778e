import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';

export type FactSource = 'SELF_DECLARED' | 'VERIFIED' | 'IMPORTED';

const COLORS: Record<FactSource, string> = { SELF_DECLARED: 'blue', VERIFIED: 'green', IMPORTED: 'purple' };

/** Where a fact's value came from (自报 / 已核实 / 导入) and when it was last set. */
export const EnterpriseFactSource = ({
  source,
  updatedAt,
}: {
  source?: FactSource | null;
  updatedAt?: string | null;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  if (!source) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('enterprises.notEntered')}
      </Typography.Text>
    );
  }
  return (
    <Space size={4}>
      <Tag color={COLORS[source]} bordered={false} style={{ marginInlineEnd: 0 }}>
        {t(`enterprises.sources.${source}`)}
      </Tag>
      {updatedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {f.date(updatedAt)}
        </Typography.Text>
      )}
    </Space>
  );
};
