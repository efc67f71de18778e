import { Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { ApplicationDetailsFragment } from '../../gql/graphql';
import { isSampleField } from '../parks/sample-fields';
import { ApplicationStatusTag } from './application-status-tag';
import { spaceText } from './space';

type PlacedPark = NonNullable<ApplicationDetailsFragment['park']>;

/** A placement in an enclave park (飞地): its partner and the share of the tax the district keeps. */
const useEnclaveItems = () => {
  const { t } = useTranslation();
  const f = useFormat();
  return (park: PlacedPark | null) => {
    if (!park || park.kind !== 'ENCLAVE_PARK') return [];
    const label = (key: string, field: string) => (
      <Space size={4}>
        {t(`applications.fields.${key}`)}
        {isSampleField(park.sampleFields, field) && <SampleTag />}
      </Space>
    );
    return [
      {
        key: 'enclavePartner',
        label: label('enclavePartner', 'enclavePartner'),
        children: park.enclavePartner
          ? f.pick(park.enclavePartner, park.enclavePartnerEn ?? park.enclavePartner)
          : t('common.none'),
      },
      {
        key: 'districtTaxShare',
        label: label('districtTaxShare', 'districtTaxSharePercent'),
        children:
          park.districtTaxSharePercent === null
            ? t('parks.taxShareNotAgreed')
            : `${f.number(park.districtTaxSharePercent, 1)} ${t('units.percent')}`,
      },
    ];
  };
};

/** An application's fields as the bureau and the applicant read them. */
export const ApplicationDetails = ({
  application,
  staff,
}: {
  application: ApplicationDetailsFragment;
  staff: boolean;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const enclaveItems = useEnclaveItems();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'enterprise',
          label: t('applications.fields.enterprise'),
          children: staff ? (
            <Link to={`/enterprises/${application.enterprise.id}`}>{application.enterprise.name}</Link>
          ) : (
            application.enterprise.name
          ),
        },
        {
          key: 'status',
          label: t('applications.fields.status'),
          children: <ApplicationStatusTag status={application.status} />,
        },
        {
          key: 'kind',
          label: t('applications.fields.kind'),
          children: t(`applications.kinds.${application.kind}`),
        },
        { key: 'space', label: t('applications.fields.space'), children: spaceText(f, application) },
        {
          key: 'park',
          label: t('applications.fields.park'),
          children: application.park ? (
            <Link to={`/parks/${application.park.id}`}>{f.pick(application.park.name, application.park.nameEn)}</Link>
          ) : (
            t('common.none')
          ),
        },
        ...enclaveItems(application.park),
        {
          key: 'preferredParks',
          label: t('applications.fields.preferredParks'),
          children: application.preferredParks.length
            ? application.preferredParks.map((park) => f.pick(park.name, park.nameEn)).join(t('applications.separator'))
            : t('applications.wizard.noParks'),
        },
        {
          key: 'plannedInvestment',
          label: t('applications.fields.plannedInvestment'),
          children: application.plannedInvestment === null ? t('common.none') : f.money(application.plannedInvestment),
        },
        {
          key: 'jobs',
          label: t('applications.fields.jobs'),
          children:
            application.jobs === null
              ? t('common.none')
              : `${f.number(application.jobs, 0)} ${t('enterprises.units.person')}`,
        },
        {
          key: 'expectedAnnualTax',
          label: t('applications.fields.expectedAnnualTax'),
          children: application.expectedAnnualTax === null ? t('common.none') : f.money(application.expectedAnnualTax),
        },
        {
          key: 'energyTce',
          label: t('applications.fields.energyTce'),
          children:
            application.energyTce === null
              ? t('common.none')
              : `${f.number(application.energyTce)} ${t('enterprises.units.tce')}`,
        },
        {
          key: 'pollutionCategory',
          label: t('applications.fields.pollutionCategory'),
          children: application.pollutionCategory
            ? t(`enterprises.pollution.${application.pollutionCategory}`)
            : t('common.none'),
        },
        {
          key: 'infrastructureNeeds',
          label: t('applications.fields.infrastructureNeeds'),
          children: application.infrastructureNeeds.length
            ? application.infrastructureNeeds
                .map((code) => t(`parks.infrastructureTags.${code}`))
                .join(t('applications.separator'))
            : t('common.none'),
        },
        {
          key: 'desiredMoveIn',
          label: t('applications.fields.desiredMoveIn'),
          children: application.desiredMoveIn ? f.date(application.desiredMoveIn) : t('common.none'),
        },
        {
          key: 'submittedAt',
          label: t('applications.fields.submittedAt'),
          children: application.submittedAt ? f.dateTime(application.submittedAt) : t('common.none'),
        },
        ...(application.decisionReason
          ? [
              {
                key: 'reason',
                label: t('applications.fields.reason'),
                children: application.decisionReason,
                span: 2,
              },
            ]
          : []),
        {
          key: 'summary',
          label: t('applications.fields.summary'),
          span: 2,
          children: (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {application.summary || t('common.none')}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
};
