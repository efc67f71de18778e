import { Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { yuanToWan } from '../../format/number-format';
import type { Formatters } from '../../format/use-format';
import type { LeadRowFragment } from '../../gql/graphql';
import type { Taxonomy } from '../enterprises/use-taxonomy';
import { LeadStageTag } from './lead-stage-tag';

/** Past due in red, as the bureau marks overdue follow-ups on paper. */
export const OVERDUE_RED = '#cf1322';

type FlagFields = Pick<LeadRowFragment, 'overdue' | 'enquiryOverdue'> &
  Partial<Pick<LeadRowFragment, 'commitmentShortfall' | 'atRisk' | 'expansionIntent' | 'aftercareOverdue'>>;

export const LeadFlags = ({ lead, t }: { lead: FlagFields; t: TFunction }) => (
  <>
    {lead.overdue && <Tag color="red">{t('leads.flags.overdue')}</Tag>}
    {lead.enquiryOverdue && <Tag color="magenta">{t('leads.flags.enquiryOverdue')}</Tag>}
    {lead.aftercareOverdue && <Tag color="red">{t('leads.flags.aftercareOverdue')}</Tag>}
    {lead.commitmentShortfall && <Tag color="red">{t('leads.flags.shortfall')}</Tag>}
    {lead.atRisk && <Tag color="red">{t('leads.flags.atRisk')}</Tag>}
    {lead.expansionIntent && <Tag color="purple">{t('leads.flags.expansionIntent')}</Tag>}
  </>
);

/** The next action and its date; a date that has passed is red and says so in words too. */
export const NextAction = ({ lead, f, t }: { lead: LeadRowFragment; f: Formatters; t: TFunction }) =>
  lead.nextAction || lead.nextActionDate ? (
    <Space direction="vertical" size={0}>
      {lead.nextAction && <span>{lead.nextAction}</span>}
      {lead.nextActionDate && (
        <Typography.Text style={lead.overdue ? { color: OVERDUE_RED, fontWeight: 500 } : { fontSize: 12 }}>
          {f.date(lead.nextActionDate)}
          {lead.overdue && ` · ${t('leads.flags.overdue')}`}
        </Typography.Text>
      )}
    </Space>
  ) : (
    t('common.none')
  );

export const leadColumns = (t: TFunction, f: Formatters, taxonomy: Taxonomy): TableColumnsType<LeadRowFragment> => [
  {
    key: 'companyName',
    title: t('leads.fields.companyName'),
    render: (_, row) => (
      <Space direction="vertical" size={2}>
        <Link to={`/leads/${row.id}`}>{row.companyName}</Link>
        <Space size={4} wrap>
          {row.industryCode && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {taxonomy.industryName(row.industryCode)}
            </Typography.Text>
          )}
          <LeadFlags lead={row} t={t} />
        </Space>
      </Space>
    ),
  },
  {
    key: 'score',
    title: t('leads.fields.score'),
    width: 80,
    align: 'right',
    render: (_, row) => (row.score === null ? t('common.none') : row.score),
  },
  { key: 'stage', title: t('leads.fields.stage'), width: 100, render: (_, row) => <LeadStageTag stage={row.stage} /> },
  {
    key: 'plannedInvestment',
    title: t('leads.withUnit', { label: t('leads.fields.plannedInvestment'), unit: t('units.wan') }),
    width: 150,
    align: 'right',
    render: (_, row) =>
      row.plannedInvestment === null ? t('common.none') : f.number(yuanToWan(row.plannedInvestment)),
  },
  {
    key: 'park',
    title: t('leads.fields.targetParkId'),
    width: 170,
    render: (_, row) => (row.targetPark ? f.pick(row.targetPark.name, row.targetPark.nameEn) : t('common.none')),
  },
  {
    key: 'next',
    title: t('leads.fields.nextAction'),
    width: 220,
    render: (_, row) => <NextAction lead={row} f={f} t={t} />,
  },
  { key: 'owner', title: t('leads.fields.ownerId'), width: 120, render: (_, row) => row.ownerName ?? t('common.none') },
];
