import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../gql/graphql';
import { useFormat } from '../../format/use-format';
import { STATUS_COLORS } from './application-status-tag';

export interface TimelineEntry {
  id: string;
  from?: ApplicationStatus | null;
  to: ApplicationStatus;
  at: string;
  actorRole: string;
  /** Who, by name (the API gives enterprises no staff ids); null for the system. */
  actorName?: string | null;
  note?: string | null;
}

const DOT: Partial<Record<ApplicationStatus, string>> = {
  APPROVED: 'green',
  MOVED_IN: 'green',
  REJECTED: 'red',
  RETURNED: 'orange',
  WITHDRAWN: 'gray',
};

/** An application's status changes, oldest first: status, when, by which role and whom, and the note. */
export const ApplicationTimeline = ({ entries }: { entries: readonly TimelineEntry[] }) => {
  const { t } = useTranslation();
  const f = useFormat();
  if (entries.length === 0)
    return <Typography.Text type="secondary">{t('applications.timeline.empty')}</Typography.Text>;
  return (
    <section aria-label={t('applications.timeline.title')}>
      <Timeline
        items={entries.map((entry) => ({
          key: entry.id,
          color: DOT[entry.to] ?? (STATUS_COLORS[entry.to] === 'default' ? 'gray' : 'blue'),
          children: (
            <div>
              <Typography.Text strong>{t(`applications.statuses.${entry.to}`)}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.dateTime(entry.at)} · {t(`roles.${entry.actorRole}`, { defaultValue: entry.actorRole })}
                  {entry.actorName && ` · ${entry.actorName}`}
                </Typography.Text>
              </div>
              {entry.note && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{entry.note}</Typography.Paragraph>}
            </div>
          ),
        }))}
      />
    </section>
  );
};
