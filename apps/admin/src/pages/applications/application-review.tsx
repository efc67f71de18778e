import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { WizardValues } from './wizard-values';
import type { ProfileFacts } from './wizard-profile-facts';
import { spaceText } from './space';

/**
 * The wizard's last step: everything entered, as the bureau will read it, with the profile's
 * energy use and pollution category and the documents attached.
 */
export const ApplicationReview = ({
  values,
  parkById,
  profile,
  documents,
}: {
  values: WizardValues;
  parkById: ReadonlyMap<string, { name: string; nameEn: string }>;
  profile?: ProfileFacts | null;
  documents?: string;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'kind', label: t('applications.fields.kind'), children: t(`applications.kinds.${values.kind}`) },
        { key: 'space', label: t('applications.fields.space'), children: spaceText(f, values) },
        {
          key: 'desiredMoveIn',
          label: t('applications.fields.desiredMoveIn'),
          children: values.desiredMoveIn ? values.desiredMoveIn.format('YYYY-MM-DD') : t('common.none'),
        },
        {
          key: 'parks',
          label: t('applications.fields.preferredParks'),
          children: values.preferredParkIds?.length
            ? values.preferredParkIds
                .map((id) => parkById.get(id))
                .map((park) => (park ? f.pick(park.name, park.nameEn) : ''))
                .join(t('applications.separator'))
            : t('applications.wizard.noParks'),
        },
        {
          key: 'plannedInvestment',
          label: t('applications.fields.plannedInvestment'),
          children:
            values.plannedInvestment == null
              ? t('common.none')
              : `${f.number(values.plannedInvestment, 4)} ${t('units.wan')}`,
        },
        { key: 'jobs', label: t('applications.fields.jobs'), children: values.jobs ?? t('common.none') },
        {
          key: 'expectedAnnualTax',
          label: t('applications.fields.expectedAnnualTax'),
          children:
            values.expectedAnnualTax == null
              ? t('common.none')
              : `${f.number(values.expectedAnnualTax, 4)} ${t('units.wan')}`,
        },
        {
          key: 'energy',
          label: t('applications.fields.energyTce'),
          children:
            profile?.energyTce == null
              ? t('enterprises.notEntered')
              : `${f.number(profile.energyTce)} ${t('enterprises.units.tce')}`,
        },
        {
          key: 'pollution',
          label: t('applications.fields.pollutionCategory'),
          children: profile?.pollutionCategory
            ? t(`enterprises.pollution.${profile.pollutionCategory}`)
            : t('enterprises.notEntered'),
        },
        ...(documents === undefined
          ? []
          : [{ key: 'documents', label: t('applications.documents.title'), span: 2, children: documents }]),
        {
          key: 'summary',
          label: t('applications.fields.summary'),
          span: 2,
          children: values.summary || t('common.none'),
        },
      ]}
    />
  );
};
