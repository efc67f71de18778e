import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGqlQuery } from '../../providers/use-gql';
import { useFactFormat } from '../enterprises/use-fact-format';
import { useTaxonomy } from '../enterprises/use-taxonomy';
import { APPLICANT_SUMMARY_QUERY } from './queries';
import { FAIL, MUTED } from './text-colors';

/** The profile facts staff weigh beside a decision, in this order. */
const FACTS = [
  'industry',
  'chainSegment',
  'tier',
  'ownership',
  'registeredAt',
  'employees',
  'techStaff',
  'revenue',
  'rdExpense',
  'taxPaid',
  'inventionPatents',
  'isHighTechCertified',
  'inZone',
  'parkCode',
  'energyTce',
  'pollutionCategory',
] as const;

/**
 * The applicant's profile summary (一企一档) beside the decision: its sector, size, money, R&D,
 * energy and pollution, any red flag (serious dishonesty, a major incident) and how many facts
 * are missing, with a link to the whole profile.
 */
export const ApplicationApplicantCard = ({ enterpriseId }: { enterpriseId: string }) => {
  const { t } = useTranslation();
  const format = useFactFormat(useTaxonomy());
  const enterprise = useGqlQuery(APPLICANT_SUMMARY_QUERY, { id: enterpriseId }, { resource: 'enterprises' }).data
    ?.enterprise;
  if (!enterprise) return null;
  const values = enterprise as unknown as Record<string, string | number | boolean | null>;
  const flags = [
    enterprise.seriousDishonesty && t('applications.applicant.dishonest'),
    enterprise.majorIncidentLastYear && t('applications.applicant.incident'),
  ].filter(Boolean);
  return (
    <Card
      size="small"
      title={t('applications.applicant.title')}
      extra={<Link to={`/enterprises/${enterprise.id}`}>{t('applications.applicant.full')}</Link>}
    >
      {flags.map((flag) => (
        <Typography.Paragraph key={String(flag)} strong style={{ ...FAIL, marginBottom: 4 }}>
          {flag}
        </Typography.Paragraph>
      ))}
      <Descriptions
        size="small"
        styles={{ label: MUTED }}
        column={1}
        items={FACTS.map((fact) => ({
          key: fact,
          label: t(`enterprises.facts.${fact}`),
          children: format(fact, values[fact]),
        }))}
      />
      {enterprise.missingFacts.length > 0 && (
        <Typography.Text style={MUTED}>
          {t('applications.applicant.missing', { count: enterprise.missingFacts.length })}
        </Typography.Text>
      )}
    </Card>
  );
};
