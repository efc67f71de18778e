import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { LeadQuery } from '../../gql/graphql';
import type { Taxonomy } from '../enterprises/use-taxonomy';
import { OVERDUE_RED } from './lead-columns';

type Lead = LeadQuery['lead'];

/** Two facts a row from a tablet up (antd's default adds a third on wide screens, too cramped here). */
const TWO_COLUMNS = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 };

/** The lead's facts as the paper form lists them; an empty one says 未填写. */
export const LeadDetails = ({ lead, taxonomy }: { lead: Lead; taxonomy: Taxonomy }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const none = <Typography.Text type="secondary">{t('leads.notEntered')}</Typography.Text>;
  const label = (name: string) => t(`leads.fields.${name}`);
  const show = <T,>(value: T | null | undefined, render: (v: T) => React.ReactNode = (v) => String(v)) =>
    value === null || value === undefined || value === '' ? none : render(value);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" bordered column={TWO_COLUMNS} title={t('leads.sections.company')}>
        <Descriptions.Item label={label('companyName')}>{lead.companyName}</Descriptions.Item>
        <Descriptions.Item label={label('uscc')}>
          {show(lead.uscc, (v) => (
            <span style={{ fontFamily: 'monospace' }}>{v}</span>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={label('source')}>
          {t(`leads.sources.${lead.source}`)}
          {lead.sourceDetail && ` · ${lead.sourceDetail}`}
        </Descriptions.Item>
        <Descriptions.Item label={label('origin')}>{show(lead.origin)}</Descriptions.Item>
        <Descriptions.Item label={label('ownership')}>
          {show(lead.ownership, (v) => t(`leads.ownerships.${v}`))}
        </Descriptions.Item>
        <Descriptions.Item label={label('enterprise')}>
          {show(lead.enterprise, (e) => (
            <Link to={`/enterprises/${e.id}`}>{e.name}</Link>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={label('targetFlags')} span={2}>
          {lead.targetFlags.length
            ? lead.targetFlags.map((flag) => (
                <Tag key={flag} color="geekblue">
                  {t(`leads.targetFlags.${flag}`)}
                </Tag>
              ))
            : none}
        </Descriptions.Item>
      </Descriptions>
      <Descriptions size="small" bordered column={TWO_COLUMNS} title={t('leads.sections.project')}>
        <Descriptions.Item label={label('industryCode')}>
          {show(lead.industryCode, taxonomy.industryName)}
        </Descriptions.Item>
        <Descriptions.Item label={label('chainSegment')}>
          {show(lead.chainSegment, taxonomy.segmentName)}
        </Descriptions.Item>
        <Descriptions.Item label={label('plannedInvestment')}>
          {show(lead.plannedInvestment, f.money)}
        </Descriptions.Item>
        <Descriptions.Item label={label('targetParkId')}>
          {show(lead.targetPark, (p) => f.pick(p.name, p.nameEn))}
        </Descriptions.Item>
        <Descriptions.Item label={label('jobs')}>
          {show(lead.jobs, (v) => `${f.number(v, 0)} ${t('leads.units.people')}`)}
        </Descriptions.Item>
        <Descriptions.Item label={label('expectedAnnualTax')}>
          {show(lead.expectedAnnualTax, f.money)}
        </Descriptions.Item>
        <Descriptions.Item label={label('landMu')}>{show(lead.landMu, f.land)}</Descriptions.Item>
        <Descriptions.Item label={label('floorSqm')}>{show(lead.floorSqm, f.floor)}</Descriptions.Item>
        <Descriptions.Item label={label('summary')} span={2}>
          {show(lead.summary, (v) => (
            <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Descriptions size="small" bordered column={TWO_COLUMNS} title={t('leads.sections.pipeline')}>
        <Descriptions.Item label={label('ownerId')}>{show(lead.ownerName)}</Descriptions.Item>
        <Descriptions.Item label={label('probability')}>{show(lead.probability, (v) => `${v}%`)}</Descriptions.Item>
        <Descriptions.Item label={label('expectedSigningDate')}>
          {show(lead.expectedSigningDate, f.date)}
        </Descriptions.Item>
        <Descriptions.Item label={label('nextAction')}>{show(lead.nextAction)}</Descriptions.Item>
        <Descriptions.Item label={label('nextActionDate')}>
          {show(lead.nextActionDate, (v) => (
            <span style={lead.overdue ? { color: OVERDUE_RED, fontWeight: 500 } : undefined}>
              {f.date(v)}
              {lead.overdue && ` · ${t('leads.flags.overdue')}`}
            </span>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={label('tags')}>
          {lead.tags.length ? lead.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : none}
        </Descriptions.Item>
        {lead.responseDueAt && (
          <Descriptions.Item label={label('responseDueAt')}>
            <span style={lead.enquiryOverdue ? { color: OVERDUE_RED, fontWeight: 500 } : undefined}>
              {f.dateTime(lead.responseDueAt)}
              {lead.enquiryOverdue && ` · ${t('leads.flags.enquiryOverdue')}`}
            </span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={label('contacts')} span={2}>
          {lead.contacts.length
            ? lead.contacts.map((c, i) => (
                <div key={i}>{[c.name, c.title, c.phone, c.email].filter(Boolean).join(' · ')}</div>
              ))
            : none}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
};

/** 签约承诺: shown once any of them is recorded. */
export const LeadCommitments = ({ lead }: { lead: Lead }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const facts = [
    ['signedOn', lead.signedOn && f.date(lead.signedOn)],
    ['contractedInvestment', lead.contractedInvestment !== null && f.money(lead.contractedInvestment)],
    [
      'contractedJobs',
      lead.contractedJobs !== null && `${f.number(lead.contractedJobs, 0)} ${t('leads.units.people')}`,
    ],
    ['contractedAnnualTax', lead.contractedAnnualTax !== null && f.money(lead.contractedAnnualTax)],
    ['constructionStartedOn', lead.constructionStartedOn && f.date(lead.constructionStartedOn)],
    ['operatingSince', lead.operatingSince && f.date(lead.operatingSince)],
  ].filter((fact): fact is [string, string] => typeof fact[1] === 'string');
  if (facts.length === 0) return null;
  return (
    <Descriptions size="small" bordered column={TWO_COLUMNS} title={t('leads.commitments.title')}>
      {facts.map(([name, value]) => (
        <Descriptions.Item key={name} label={t(`leads.fields.${name}`)}>
          {value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
};
