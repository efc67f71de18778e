/** What a job needs to write one notification; dedupeKey makes a retried job write it once. */
export interface NotificationMessage {
  userId: string;
  kind: string;
  dedupeKey: string;
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  data?: Record<string, any>;
}

export const NOTIFY_JOB = 'notification.send';
