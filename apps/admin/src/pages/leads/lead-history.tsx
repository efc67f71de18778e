import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { LeadQuery } from '../../gql/graphql';

type Change = LeadQuery['lead']['history'][number];

/** The stage moves, oldest first: where from and to, who and when, and the note (a lost lead's reason). */
export const LeadHistory = ({ history }: { history: readonly Change[] }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const stage = (s: Change['to']) => t(`leads.stages.${s}`);
  return (
    <Timeline
      items={history.map((change) => ({
        key: change.id,
        color: change.to === 'LOST' ? 'red' : 'blue',
        children: (
          <div>
            <Typography.Text strong>
              {change.from
                ? t('leads.history.moved', { from: stage(change.from), to: stage(change.to) })
                : t('leads.history.created', { to: stage(change.to) })}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('leads.history.by', {
                  name: change.actorName ?? t('leads.history.system'),
                  at: f.dateTime(change.at),
                })}
              </Typography.Text>
            </div>
            {change.note && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{change.note}</Typography.Paragraph>}
          </div>
        ),
      }))}
    />
  );
};
