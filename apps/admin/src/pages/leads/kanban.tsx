import { Button, Space, Typography } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadFilter, LeadRowFragment, LeadStage } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { useTaxonomy } from '../enterprises/use-taxonomy';
import { KanbanCard } from './kanban-card';
import { LEADS_QUERY } from './queries';
import { PIPELINE } from './stages';
import { useMoveLead } from './use-move-lead';

/** Cards a column shows; the rest are counted and found in the table. */
const COLUMN_SIZE = 50;

interface ColumnProps {
  stage: LeadStage;
  filter: LeadFilter;
  onMove: (lead: LeadRowFragment, stage: LeadStage) => void;
  onDragStart: (lead: LeadRowFragment) => void;
  onDrop: (stage: LeadStage) => void;
}

const KanbanColumn = ({ stage, filter, onMove, onDragStart, onDrop }: ColumnProps) => {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const { data } = useGqlQuery(
    LEADS_QUERY,
    { filter: { ...filter, stage }, first: COLUMN_SIZE },
    { resource: 'leads' },
  );
  const leads = data?.leads.edges.map((edge) => edge.node) ?? [];
  const total = data?.leads.totalCount ?? 0;
  const headingId = `kanban-${stage}`;
  const accept = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(true);
  };
  return (
    <section
      aria-labelledby={headingId}
      data-stage={stage}
      onDragOver={accept}
      onDragEnter={accept}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onDrop(stage);
      }}
      style={{
        flex: '0 0 220px',
        background: over ? '#e6f4ff' : '#fff',
        border: `1px ${over ? 'dashed #1677ff' : 'solid #f0f0f0'}`,
        borderRadius: 8,
        padding: 8,
        minHeight: 320,
      }}
    >
      <Typography.Title level={5} id={headingId} style={{ margin: '4px 4px 8px' }}>
        {t('leads.kanban.column', { stage: t(`leads.stages.${stage}`), count: total })}
      </Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }} role="list">
        {leads.map((lead) => (
          <KanbanCard key={lead.id} lead={lead} onMove={onMove} onDragStart={onDragStart} />
        ))}
      </Space>
      {total > leads.length && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 8 }}>
          {t('leads.kanban.more', { count: total - leads.length })}
        </Typography.Paragraph>
      )}
    </section>
  );
};

/** The pipeline as columns LEAD…AFTERCARE; LOST folded until asked for. Native HTML5 drag and drop. */
export const LeadKanban = ({ filter }: { filter: LeadFilter }) => {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const { request, dialogs } = useMoveLead(taxonomy);
  const dragged = useRef<LeadRowFragment | null>(null);
  const [showLost, setShowLost] = useState(false);
  const lostCount =
    useGqlQuery(LEADS_QUERY, { filter: { ...filter, stage: 'LOST' }, first: 1 }, { resource: 'leads' }).data?.leads
      .totalCount ?? 0;
  const move = (lead: LeadRowFragment, stage: LeadStage) => {
    if (stage !== lead.stage) request({ id: lead.id, version: lead.version }, stage);
  };
  const drop = (stage: LeadStage) => {
    const lead = dragged.current;
    dragged.current = null;
    if (lead) move(lead, stage);
  };
  const columns = showLost ? [...PIPELINE, 'LOST' as const] : PIPELINE;
  return (
    <>
      <Space style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Text type="secondary">{t('leads.kanban.dropHint')}</Typography.Text>
        <Button onClick={() => setShowLost(!showLost)} aria-expanded={showLost}>
          {showLost ? t('leads.actions.hideLost') : t('leads.actions.showLost', { count: lostCount })}
        </Button>
      </Space>
      <div
        style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }}
        tabIndex={0}
        aria-label={t('leads.views.kanban')}
        role="region"
      >
        {columns.map((stage) => (
          <KanbanColumn
            key={stage}
            stage={stage}
            filter={filter}
            onMove={move}
            onDragStart={(lead) => (dragged.current = lead)}
            onDrop={drop}
          />
        ))}
      </div>
      {dialogs}
    </>
  );
};
