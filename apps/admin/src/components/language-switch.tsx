import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLocale } from '../i18n/i18n';
import { isLocale, LOCALES } from '../i18n/locale';

/** 中文 / English; the choice is kept in localStorage. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  return (
    <div role="radiogroup" aria-label={t('locale.label')} style={{ whiteSpace: 'nowrap' }}>
      <Radio.Group
        optionType="button"
        size="small"
        value={i18n.language}
        onChange={(event) => {
          const next: unknown = event.target.value;
          if (isLocale(next)) void changeLocale(next);
        }}
        options={LOCALES.map((locale) => ({ value: locale, label: t(`locale.${locale}`) }))}
      />
    </div>
  );
};
