import { EditButton, Show } from '@refinedev/antd';
import { Alert, Card, Col, Grid, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { useTaxonomy } from '../enterprises/use-taxonomy';
import { LeadActivities } from './lead-activities';
import { LeadAftercareCard } from './lead-aftercare';
import { LeadCommitmentsCard } from './lead-commitments';
import { LeadFlags } from './lead-columns';
import { LeadCommitments, LeadDetails } from './lead-details';
import { LeadHistory } from './lead-history';
import { LeadScore } from './lead-score';
import { LeadStageControl } from './lead-stage-control';
import { LEAD_QUERY } from './queries';

/**
 * One lead: its facts, where it stands and where it may go, its score, follow-ups and stage history;
 * once signed, its commitments against the actuals and (operating) its aftercare.
 */
export const LeadShow = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const taxonomy = useTaxonomy();
  const { data, isLoading, error, refetch } = useGqlQuery(LEAD_QUERY, { id }, { resource: 'leads' });
  const lead = data?.lead;
  // below xl the page is one column: where the lead stands (and its move control) comes first
  const wide = Grid.useBreakpoint().xl ?? true;
  const stageCard = lead && (
    <Card title={t('leads.fields.stage')} size="small">
      <LeadStageControl lead={lead} taxonomy={taxonomy} onConflict={() => void refetch()} />
    </Card>
  );
  return (
    <Show
      resource="leads"
      recordItemId={id}
      isLoading={isLoading}
      title={
        lead ? (
          <Space wrap>
            {lead.companyName}
            <LeadFlags lead={lead} t={t} />
          </Space>
        ) : (
          t('leads.titles.show')
        )
      }
      headerButtons={<EditButton resource="leads" recordItemId={id} />}
    >
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {lead && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {!wide && stageCard}
              <LeadDetails lead={lead} taxonomy={taxonomy} />
              {lead.commitments.recordable ? (
                <>
                  <LeadCommitmentsCard lead={lead} />
                  <LeadAftercareCard lead={lead} onConflict={() => void refetch()} />
                </>
              ) : (
                <LeadCommitments lead={lead} />
              )}
              <LeadActivities leadId={lead.id} activities={lead.activities} />
            </Space>
          </Col>
          <Col xs={24} xl={9}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {wide && stageCard}
              <Card title={t('leads.score.title')} size="small">
                <LeadScore lead={lead} />
              </Card>
              <Card title={t('leads.history.title')} size="small">
                <LeadHistory history={lead.history} />
              </Card>
            </Space>
          </Col>
        </Row>
      )}
    </Show>
  );
};
