import { Alert, Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { LeadQuery, LeadStage } from '../../gql/graphql';
import type { Taxonomy } from '../enterprises/use-taxonomy';
import { LeadStageTag } from './lead-stage-tag';
import { allowedMoves, nextStage } from './stages';
import { useMoveLead } from './use-move-lead';

type Lead = Pick<
  LeadQuery['lead'],
  'id' | 'version' | 'companyName' | 'stage' | 'lostFromStage' | 'lostReason' | 'stageChangedAt'
>;

/** Where the lead stands and where it may go: 推进 to the next stage, 移到 any allowed one, 标记流失, reopen. */
export const LeadStageControl = ({
  lead,
  taxonomy,
  onConflict,
}: {
  lead: Lead;
  taxonomy: Taxonomy;
  onConflict: () => void;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { request, dialogs, moving } = useMoveLead(taxonomy, onConflict);
  const [reopenAt, setReopenAt] = useState<LeadStage | null>(null);
  const target = { id: lead.id, version: lead.version };
  const next = nextStage(lead.stage);
  const options = allowedMoves(lead.stage, lead.lostFromStage);
  const stageName = (s: LeadStage) => t(`leads.stages.${s}`);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <LeadStageTag stage={lead.stage} />
        <Typography.Text type="secondary">
          {t('leads.stageSince', { date: f.date(lead.stageChangedAt) })}
        </Typography.Text>
      </Space>
      {lead.stage === 'LOST' ? (
        <>
          <Alert
            type="warning"
            showIcon
            message={t('leads.lostInfo', {
              stage: lead.lostFromStage ? stageName(lead.lostFromStage) : t('common.none'),
              reason: lead.lostReason ?? t('common.none'),
            })}
          />
          <Space wrap>
            <Select<LeadStage>
              style={{ width: 160 }}
              aria-label={t('leads.reopen.stage')}
              placeholder={t('leads.reopen.stage')}
              value={reopenAt ?? lead.lostFromStage ?? undefined}
              onChange={setReopenAt}
              options={options.map((s) => ({ value: s, label: stageName(s) }))}
            />
            <Button
              type="primary"
              loading={moving}
              onClick={() => request(target, reopenAt ?? lead.lostFromStage ?? 'LEAD')}
            >
              {t('leads.actions.reopen')}
            </Button>
          </Space>
        </>
      ) : (
        <Space wrap>
          {next && (
            <Button type="primary" loading={moving} onClick={() => request(target, next)}>
              {t('leads.actions.advance', { stage: stageName(next) })}
            </Button>
          )}
          <Select<LeadStage>
            style={{ width: 150 }}
            value={null}
            placeholder={t('leads.actions.moveTo')}
            aria-label={t('leads.actions.moveLabel', { name: lead.companyName })}
            onChange={(stage) => request(target, stage)}
            options={options.filter((s) => s !== 'LOST').map((s) => ({ value: s, label: stageName(s) }))}
          />
          <Button danger onClick={() => request(target, 'LOST')}>
            {t('leads.actions.markLost')}
          </Button>
        </Space>
      )}
      {dialogs}
    </Space>
  );
};
