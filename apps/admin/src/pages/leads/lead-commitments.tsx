import { Alert, App, Button, Card, Descriptions, Popconfirm, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanToWan } from '../../format/number-format';
import { useFormat } from '../../format/use-format';
import type { CommitmentMeasure, LeadAftercareFragment, LeadQuery } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { LeadActualModal, type LeadActualRow } from './lead-actual-modal';
import { DELETE_LEAD_ACTUAL_MUTATION } from './queries';

type Lead = LeadQuery['lead'];
type Commitments = LeadAftercareFragment['commitments'];

const TWO_COLUMNS = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 };

interface Measure {
  measure: CommitmentMeasure;
  committed: number | null;
  actual: number | null;
  /** How the actual is summed, for the label. */
  basis: string;
  show: (value: number) => string;
}

/** The latest year that recorded tax: the contract promises tax per year. */
const latestTax = (c: Commitments) => [...c.years].reverse().find((y) => y.taxPaid !== null) ?? null;

/**
 * 承诺与实绩: the contract (SIGNED) against what the project delivered — a bar per measure, a clear
 * alert when one falls short beyond the allowed share, and the yearly figures with add / correct.
 */
export const LeadCommitmentsCard = ({ lead }: { lead: Lead }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<LeadActualRow | 'new' | null>(null);
  const remove = useGqlMutation(DELETE_LEAD_ACTUAL_MUTATION, { invalidates: ['leads'] });
  const c = lead.commitments;
  const people = (n: number) => `${f.number(n, 0)} ${t('leads.units.people')}`;
  const tax = latestTax(c);
  const measures: Measure[] = [
    {
      measure: 'INVESTMENT',
      committed: c.contractedInvestment,
      actual: c.investmentPaid,
      basis: t('leads.commitments.cumulative'),
      show: f.money,
    },
    {
      measure: 'JOBS',
      committed: c.contractedJobs,
      actual: c.hires,
      basis: t('leads.commitments.cumulative'),
      show: people,
    },
    {
      measure: 'TAX',
      committed: c.contractedAnnualTax,
      actual: tax?.taxPaid ?? null,
      basis: tax ? t('leads.commitments.inYear', { year: tax.year }) : t('leads.commitments.perYear'),
      show: f.money,
    },
  ];
  const short = new Set(c.shortfalls.map((s) => s.measure));
  const contract = [
    ['signedOn', lead.signedOn && f.date(lead.signedOn)],
    ['constructionStartedOn', lead.constructionStartedOn && f.date(lead.constructionStartedOn)],
    ['operatingSince', lead.operatingSince && f.date(lead.operatingSince)],
  ].filter((fact): fact is [string, string] => typeof fact[1] === 'string');
  const onDelete = async (row: LeadActualRow) => {
    try {
      await remove.run({ id: row.id, version: row.version });
      message.success(t('leads.commitments.deleted', { year: row.year }));
    } catch (caught) {
      message.error(errorText(caught, t('leads.conflict')));
    }
  };
  const wanCell = (yuan: number | null) => (yuan === null ? t('common.none') : f.number(yuanToWan(yuan)));
  return (
    <Card
      title={t('leads.commitments.cardTitle')}
      size="small"
      extra={
        c.recordable && (
          <Button type="primary" size="small" onClick={() => setEditing('new')}>
            {t('leads.commitments.record')}
          </Button>
        )
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {c.shortfalls.length > 0 && (
          <Alert
            type="error"
            showIcon
            message={t('leads.commitments.shortfallTitle')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {c.shortfalls.map((s) => (
                  <li key={`${s.measure}-${s.year ?? 'all'}`}>{s.message}</li>
                ))}
              </ul>
            }
          />
        )}
        {contract.length > 0 && (
          <Descriptions size="small" bordered column={TWO_COLUMNS}>
            {contract.map(([name, value]) => (
              <Descriptions.Item key={name} label={t(`leads.fields.${name}`)}>
                {value}
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
        <Space direction="vertical" size="small" style={{ width: '100%' }}>
          {measures.map((m) => {
            const label = t(`leads.commitments.measures.${m.measure}`);
            const percent = m.committed && m.actual !== null ? Math.round((m.actual / m.committed) * 100) : 0;
            return (
              <div key={m.measure}>
                <Space wrap size={4} style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Text strong>
                    {label}
                    <Typography.Text type="secondary"> · {m.basis}</Typography.Text>
                  </Typography.Text>
                  <Typography.Text>
                    {m.actual === null ? t('leads.notEntered') : m.show(m.actual)} /{' '}
                    {m.committed === null ? t('leads.notEntered') : m.show(m.committed)}
                  </Typography.Text>
                </Space>
                <Progress
                  percent={Math.min(percent, 100)}
                  format={() => `${percent}%`}
                  status={short.has(m.measure) ? 'exception' : percent >= 100 ? 'success' : 'normal'}
                  aria-label={t('leads.commitments.progress', { measure: label })}
                />
              </div>
            );
          })}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('leads.commitments.rule', { share: f.percent(c.allowedShare, 0) })}
          </Typography.Text>
        </Space>
        {!c.recordable || c.years.length === 0 ? (
          <Typography.Text type="secondary">
            {t(c.recordable ? 'leads.commitments.empty' : 'leads.commitments.notRecordable')}
          </Typography.Text>
        ) : (
          <Table<LeadActualRow>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={c.years}
            columns={[
              { key: 'year', title: t('leads.commitments.year'), dataIndex: 'year' },
              {
                key: 'investmentPaid',
                title: t('leads.withUnit', { label: t('leads.commitments.investmentPaid'), unit: t('units.wan') }),
                align: 'right',
                render: (_, row) => wanCell(row.investmentPaid),
              },
              {
                key: 'hires',
                title: t('leads.withUnit', { label: t('leads.commitments.hires'), unit: t('leads.units.people') }),
                align: 'right',
                render: (_, row) => (row.hires === null ? t('common.none') : f.number(row.hires, 0)),
              },
              {
                key: 'taxPaid',
                title: t('leads.withUnit', { label: t('leads.commitments.taxPaid'), unit: t('units.wan') }),
                align: 'right',
                render: (_, row) => wanCell(row.taxPaid),
              },
              { key: 'note', title: t('leads.commitments.note'), render: (_, row) => row.note ?? '' },
              {
                key: 'actions',
                title: t('leads.fields.actions'),
                render: (_, row) => (
                  <Space size={0}>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setEditing(row)}
                      aria-label={t('leads.commitments.editYear', { year: row.year })}
                    >
                      {t('leads.actions.edit')}
                    </Button>
                    <Popconfirm
                      title={t('leads.commitments.deleteConfirm', { year: row.year })}
                      okText={t('leads.commitments.delete')}
                      cancelText={t('leads.actions.cancel')}
                      onConfirm={() => onDelete(row)}
                    >
                      <Button
                        type="link"
                        size="small"
                        danger
                        aria-label={t('leads.commitments.deleteYear', { year: row.year })}
                      >
                        {t('leads.commitments.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Space>
      <LeadActualModal
        leadId={lead.id}
        row={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
};
