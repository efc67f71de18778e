import type { CodeLabeler, Locale } from '#matching';
import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../i18n/locale';
import { RuleSentences } from './rule-sentences';
import { formulaSentence, paysNothing } from './rule-text';

export interface PolicyRuleCardProps {
  criteria: unknown;
  benefitFormula: unknown;
  /** Yuan; null = no cap. */
  maxBenefit: number | null;
  /** The app's language: its tab opens first. */
  locale: Locale;
  labels?: CodeLabeler;
  /** The criteria as the API wrote them in the app's language (criteriaText), shown in its tab. */
  serverText?: { criteria: string[] };
  formatMoney: (yuan: number) => string;
}

/**
 * Who qualifies and what they get, in plain sentences, in both languages (a tab each): the
 * conditions one per line, then the benefit formula and its cap.
 */
export const PolicyRuleCard = ({
  criteria,
  benefitFormula,
  maxBenefit,
  locale,
  labels,
  serverText,
  formatMoney,
}: PolicyRuleCardProps) => {
  const { t } = useTranslation();
  const tab = (language: Locale) => {
    const fromServer = serverText && language === locale ? serverText : null;
    return (
      <div lang={language}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('policies.rule.criteria')}
        </Typography.Title>
        {fromServer && fromServer.criteria.length > 0 ? (
          <ol
            style={{ margin: 0, paddingInlineStart: 22 }}
            aria-label={t('policies.rule.criteriaIn', { language: t(`locale.${language}`) })}
          >
            {fromServer.criteria.map((sentence, index) => (
              <li key={index} style={{ padding: '2px 0' }}>
                {sentence}
              </li>
            ))}
          </ol>
        ) : (
          <RuleSentences
            criteria={criteria}
            locale={language}
            labels={labels}
            aria-label={t('policies.rule.criteriaIn', { language: t(`locale.${language}`) })}
          />
        )}
        <Typography.Title level={5}>{t('policies.rule.benefit')}</Typography.Title>
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          {paysNothing(benefitFormula)
            ? t('policies.rule.noAmount')
            : (formulaSentence(benefitFormula, language, labels) ?? t('policies.rule.unreadable'))}
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          {t('policies.rule.capValue', {
            amount: maxBenefit === null ? t('common.unlimited') : formatMoney(maxBenefit),
          })}
        </Typography.Text>
      </div>
    );
  };
  return (
    <Card title={t('policies.rule.title')} size="small" style={{ marginBottom: 16 }}>
      <Tabs
        defaultActiveKey={locale}
        size="small"
        items={LOCALES.map((language) => ({ key: language, label: t(`locale.${language}`), children: tab(language) }))}
      />
    </Card>
  );
};
