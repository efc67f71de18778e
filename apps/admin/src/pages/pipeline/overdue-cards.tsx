import { Button, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Drill } from './drill-drawer';

interface Props {
  overdueActions: number;
  overdueEnquiries: number;
  overdueRequests: number;
  openRequests: number;
  onDrill: (drill: Drill) => void;
}

/** What is late: follow-ups and enquiries open their leads; requests lead to the request queue. */
export const OverdueCards = ({ overdueActions, overdueEnquiries, overdueRequests, openRequests, onDrill }: Props) => {
  const { t } = useTranslation();
  const leadCard = (key: 'overdueActions' | 'overdueEnquiries', value: number, filter: Drill['filter']) => (
    <Col xs={24} sm={12} xl={6} key={key}>
      <Card size="small">
        <Statistic title={t(`pipeline.overdue.${key}`)} value={value} />
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => onDrill({ title: t(`pipeline.overdue.${key}`), filter })}
        >
          {t('pipeline.overdue.show')}
        </Button>
      </Card>
    </Col>
  );
  return (
    <Row gutter={[12, 12]}>
      {leadCard('overdueActions', overdueActions, { overdue: true })}
      {leadCard('overdueEnquiries', overdueEnquiries, { enquiryOverdue: true })}
      {(
        [
          ['overdueRequests', overdueRequests],
          ['openRequests', openRequests],
        ] as const
      ).map(([key, value]) => (
        <Col xs={24} sm={12} xl={6} key={key}>
          <Card size="small">
            <Statistic title={t(`pipeline.overdue.${key}`)} value={value} />
            <Link to="/requests">{t('pipeline.overdue.queue')}</Link>
          </Card>
        </Col>
      ))}
    </Row>
  );
};
