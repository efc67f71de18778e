import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { PollutionCategory } from '../../gql/graphql';
import { MUTED } from './text-colors';

export interface ProfileFacts {
  energyTce?: number | null;
  pollutionCategory?: PollutionCategory | null;
}

/**
 * The facts the enterprise's profile holds (energy use, pollution category), shown read-only in
 * the wizard instead of asked again, with a link to change them in the profile. The API takes them
 * from the profile when the application is saved.
 */
export const WizardProfileFacts = ({ facts }: { facts: ProfileFacts | null | undefined }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const none = t('enterprises.notEntered');
  return (
    <Card
      size="small"
      title={t('applications.profileFacts.title')}
      extra={<Link to="/enterprises">{t('applications.profileFacts.edit')}</Link>}
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph style={{ ...MUTED, marginBottom: 8 }}>
        {t('applications.profileFacts.hint')}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        styles={{ label: MUTED }}
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'energyTce',
            label: t('enterprises.facts.energyTce'),
            children: facts?.energyTce == null ? none : `${f.number(facts.energyTce, 2)} ${t('enterprises.units.tce')}`,
          },
          {
            key: 'pollutionCategory',
            label: t('enterprises.facts.pollutionCategory'),
            children: facts?.pollutionCategory ? t(`enterprises.pollution.${facts.pollutionCategory}`) : none,
          },
        ]}
      />
    </Card>
  );
};
