import type { CodeLabeler, Locale } from '#matching';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { criteriaSentences } from './rule-text';

export interface RuleSentencesProps {
  criteria: unknown;
  locale: Locale;
  labels?: CodeLabeler;
  'aria-label'?: string;
}

/** The eligibility criteria as a numbered list of plain sentences. */
export const RuleSentences = ({ criteria, locale, labels, ...aria }: RuleSentencesProps) => {
  const { t } = useTranslation();
  const sentences = criteriaSentences(criteria, locale, labels);
  if (sentences.length === 0)
    return <Typography.Text type="secondary">{t('policies.rule.unreadable')}</Typography.Text>;
  return (
    <ol lang={locale} style={{ margin: 0, paddingInlineStart: 22 }} {...aria}>
      {sentences.map((sentence, index) => (
        <li key={index} style={{ padding: '2px 0' }}>
          {sentence}
        </li>
      ))}
    </ol>
  );
};
