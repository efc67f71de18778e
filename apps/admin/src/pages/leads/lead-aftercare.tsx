import { App, Button, Card, Divider, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { AftercareVisitStatus, LeadQuery } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { AftercareFlagsModal, CompleteVisitModal, VisitDateModal, type FlagValues } from './lead-aftercare-modals';
import { OVERDUE_RED } from './lead-columns';
import {
  CANCEL_AFTERCARE_VISIT_MUTATION,
  COMPLETE_AFTERCARE_VISIT_MUTATION,
  RESCHEDULE_AFTERCARE_VISIT_MUTATION,
  SCHEDULE_AFTERCARE_VISIT_MUTATION,
  SET_LEAD_AFTERCARE_FLAGS_MUTATION,
} from './queries';

type Lead = LeadQuery['lead'];
type Visit = Lead['aftercareVisits'][number];

const OPERATING = ['OPERATING', 'AFTERCARE'];
// Colours whose text keeps 4.5:1 contrast on their tint (antd's green and orange do not).
const STATUS_COLOR: Record<AftercareVisitStatus, string> = { PLANNED: 'blue', DONE: 'purple', CANCELLED: 'default' };

type Dialog = { kind: 'schedule' } | { kind: 'reschedule' | 'complete'; visit: Visit } | { kind: 'flags' } | null;

/**
 * 落地服务: the operating project's visits (the next one planned, red once past due) and the two
 * flags staff set — 扩产意向 and 经营风险 with its reason.
 */
export const LeadAftercareCard = ({ lead, onConflict }: { lead: Lead; onConflict: () => void }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const opts = { invalidates: ['leads'] as const };
  const schedule = useGqlMutation(SCHEDULE_AFTERCARE_VISIT_MUTATION, opts);
  const reschedule = useGqlMutation(RESCHEDULE_AFTERCARE_VISIT_MUTATION, opts);
  const complete = useGqlMutation(COMPLETE_AFTERCARE_VISIT_MUTATION, opts);
  const cancel = useGqlMutation(CANCEL_AFTERCARE_VISIT_MUTATION, opts);
  const flags = useGqlMutation(SET_LEAD_AFTERCARE_FLAGS_MUTATION, opts);
  const operating = OPERATING.includes(lead.stage);
  const planned = lead.aftercareVisits.find((v) => v.status === 'PLANNED');
  const close = () => setDialog(null);
  const done = (key: string) => {
    message.success(t(`leads.aftercare.${key}`));
    close();
  };
  const onCancelVisit = async (visit: Visit) => {
    try {
      await cancel.run({ id: visit.id, version: visit.version, reason: null });
      message.success(t('leads.aftercare.cancelled'));
    } catch (caught) {
      message.error(errorText(caught, t('leads.conflict')));
      onConflict();
    }
  };
  const a = (key: string, options?: Record<string, unknown>) => t(`leads.aftercare.${key}`, options);
  return (
    <Card
      title={a('title')}
      size="small"
      extra={
        <Button size="small" onClick={() => setDialog({ kind: 'flags' })}>
          {a('editFlags')}
        </Button>
      }
    >
      <Space wrap size={[8, 8]} style={{ marginBottom: 8 }}>
        {lead.expansionIntent && <Tag color="purple">{a('expansionIntent')}</Tag>}
        {lead.atRisk && <Tag color="red">{a('atRisk')}</Tag>}
        {!lead.expansionIntent && !lead.atRisk && <Typography.Text type="secondary">{a('noFlags')}</Typography.Text>}
      </Space>
      {lead.atRisk && lead.atRiskReason && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {a('atRiskReason')}：{lead.atRiskReason}
        </Typography.Paragraph>
      )}
      <Divider style={{ margin: '12px 0' }} />
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Text strong>{a('visits')}</Typography.Text>
        {operating && !planned && (
          <Button size="small" type="primary" onClick={() => setDialog({ kind: 'schedule' })}>
            {a('schedule')}
          </Button>
        )}
      </Space>
      {!operating && <Typography.Paragraph type="secondary">{a('notOperating')}</Typography.Paragraph>}
      <List
        dataSource={[...lead.aftercareVisits]}
        locale={{ emptyText: operating ? a('empty') : ' ' }}
        renderItem={(visit) => (
          <List.Item
            key={visit.id}
            actions={
              visit.status === 'PLANNED'
                ? [
                    <Button
                      key="complete"
                      size="small"
                      type="link"
                      onClick={() => setDialog({ kind: 'complete', visit })}
                    >
                      {a('complete')}
                    </Button>,
                    <Button
                      key="reschedule"
                      size="small"
                      type="link"
                      onClick={() => setDialog({ kind: 'reschedule', visit })}
                    >
                      {a('reschedule')}
                    </Button>,
                    <Popconfirm
                      key="cancel"
                      title={a('cancelConfirm')}
                      okText={a('cancelVisit')}
                      cancelText={t('leads.actions.cancel')}
                      onConfirm={() => onCancelVisit(visit)}
                    >
                      <Button size="small" type="link" danger>
                        {a('cancelVisit')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={8}>
                <Tag color={STATUS_COLOR[visit.status]}>{a(`statuses.${visit.status}`)}</Tag>
                <Typography.Text style={visit.overdue ? { color: OVERDUE_RED, fontWeight: 500 } : undefined}>
                  {visit.status === 'DONE' && visit.doneOn
                    ? a('doneOnDate', { date: f.date(visit.doneOn) })
                    : a('dueOnDate', { date: f.date(visit.dueOn) })}
                  {visit.overdue && ` · ${a('overdue')}`}
                </Typography.Text>
              </Space>
              {visit.summary && (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {visit.summary}
                </Typography.Paragraph>
              )}
              {(visit.closedByName ?? visit.assigneeName) && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {visit.status === 'PLANNED'
                    ? a('assignee', { name: visit.assigneeName })
                    : a('by', { name: visit.closedByName ?? visit.assigneeName })}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      <VisitDateModal
        open={dialog?.kind === 'schedule' || dialog?.kind === 'reschedule'}
        title={dialog?.kind === 'reschedule' ? a('rescheduleTitle') : a('scheduleTitle')}
        dueOn={dialog?.kind === 'reschedule' ? dialog.visit.dueOn : null}
        pending={schedule.pending || reschedule.pending}
        onCancel={close}
        onSubmit={async (input) => {
          if (dialog?.kind === 'reschedule') {
            await reschedule.run({ id: dialog.visit.id, version: dialog.visit.version, input });
          } else {
            await schedule.run({ leadId: lead.id, input });
          }
          done('scheduled');
        }}
      />
      <CompleteVisitModal
        open={dialog?.kind === 'complete'}
        pending={complete.pending}
        onCancel={close}
        onSubmit={async (input) => {
          if (dialog?.kind !== 'complete') return;
          await complete.run({ id: dialog.visit.id, version: dialog.visit.version, input });
          done('completed');
        }}
      />
      <AftercareFlagsModal
        open={dialog?.kind === 'flags'}
        pending={flags.pending}
        initial={{ expansionIntent: lead.expansionIntent, atRisk: lead.atRisk, atRiskReason: lead.atRiskReason }}
        onCancel={close}
        onSubmit={async (input: FlagValues) => {
          await flags.run({ id: lead.id, version: lead.version, input });
          done('flagsSaved');
        }}
      />
    </Card>
  );
};
