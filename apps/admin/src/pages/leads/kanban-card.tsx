import { Card, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { LeadRowFragment, LeadStage } from '../../gql/graphql';
import { LeadFlags, OVERDUE_RED } from './lead-columns';
import { allowedMoves } from './stages';

interface Props {
  lead: LeadRowFragment;
  onMove: (lead: LeadRowFragment, stage: LeadStage) => void;
  onDragStart: (lead: LeadRowFragment) => void;
}

/** One lead on the kanban: dragged to another column, or moved with its "移到…" select (keyboard). */
export const KanbanCard = ({ lead, onMove, onDragStart }: Props) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card
      size="small"
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', lead.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(lead);
      }}
      style={{ cursor: 'grab' }}
      data-lead-id={lead.id}
      aria-label={lead.companyName}
      role="listitem"
    >
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
          <Link to={`/leads/${lead.id}`} draggable={false}>
            {lead.companyName}
          </Link>
          {lead.score !== null && (
            <Tag color="blue" title={t('leads.fields.score')}>
              {lead.score}
            </Tag>
          )}
        </Space>
        {lead.plannedInvestment !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('leads.fields.plannedInvestment')} {f.money(lead.plannedInvestment)}
          </Typography.Text>
        )}
        {lead.nextActionDate && (
          <Typography.Text style={{ fontSize: 12, ...(lead.overdue ? { color: OVERDUE_RED } : {}) }}>
            {lead.nextAction ?? t('leads.fields.nextAction')} · {f.date(lead.nextActionDate)}
          </Typography.Text>
        )}
        <Space size={4} wrap>
          {lead.ownerName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {lead.ownerName}
            </Typography.Text>
          )}
          <LeadFlags lead={lead} t={t} />
        </Space>
        <Select<LeadStage>
          size="small"
          value={null}
          placeholder={t('leads.actions.moveTo')}
          aria-label={t('leads.actions.moveLabel', { name: lead.companyName })}
          style={{ width: '100%' }}
          onChange={(stage) => onMove(lead, stage)}
          options={allowedMoves(lead.stage, lead.lostFromStage).map((s) => ({
            value: s,
            label: t(`leads.stages.${s}`),
          }))}
        />
      </Space>
    </Card>
  );
};
