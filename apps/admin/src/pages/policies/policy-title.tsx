import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';

/**
 * A policy's title in the reader's language. The English title is optional: without one, English
 * pages show the Chinese title, marked so nobody takes it for a missing translation bug.
 */
export const PolicyTitle = ({ title, titleEn }: { title: string; titleEn: string | null | undefined }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const untranslated = f.locale === 'en-US' && !titleEn?.trim();
  return (
    <>
      {f.pick(title, titleEn)}
      {untranslated && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
          {t('policies.chineseOnly')}
        </Typography.Text>
      )}
    </>
  );
};
