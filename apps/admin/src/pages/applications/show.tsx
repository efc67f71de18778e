import { Show } from '@refinedev/antd';
import { useGetIdentity, useList } from '@refinedev/core';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApplicationApplicantCard } from './application-applicant-card';
import { ApplicationDetails } from './application-details';
import { ApplicationDecideModal, type DecideValues } from './application-decide-modal';
import { ApplicationDocuments } from './application-documents';
import { ApplicationReturnModal } from './application-return-modal';
import { PARK_MATCHES_QUERY } from './park-match-queries';
import { ParkRanking } from './park-ranking';
import { MUTED } from './text-colors';
import { ApplicationTimeline } from './application-timeline';
import type { ApplicationStatus } from '../../gql/graphql';
import type { ParkSummary, User } from '../../graphql/types';
import { PARKS_QUERY } from '../parks/queries';
import {
  APPLICATION_DOCUMENTS_QUERY,
  APPLICATION_QUERY,
  DECIDE_APPLICATION_MUTATION,
  RETURN_APPLICATION_MUTATION,
  MARK_MOVED_IN_MUTATION,
  REVIEW_APPLICATION_MUTATION,
  WITHDRAW_APPLICATION_MUTATION,
} from './queries';
import { errorText } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { keepFocusOnPage } from '../../components/route-focus';

/** Before a decision (mirrors the API's lifecycle): staff may review or decide, the enterprise withdraw. */
const OPEN: ReadonlySet<ApplicationStatus> = new Set(['SUBMITTED', 'SCREENING', 'RECOMMENDED', 'UNDER_REVIEW']);
const REVIEWABLE: ReadonlySet<ApplicationStatus> = new Set(['SUBMITTED', 'SCREENING', 'RECOMMENDED']);

/** One application: its details, its status timeline and what the signed-in role may do next. */
export const ApplicationShow = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data: user } = useGetIdentity<User>();
  const staff = user?.role === 'ADMIN' || user?.role === 'BUREAU_STAFF';
  const { data, isLoading, error } = useGqlQuery(APPLICATION_QUERY, { id }, { resource: 'applications' });
  const parks = useList<ParkSummary>({
    resource: 'parks',
    meta: { gqlQuery: PARKS_QUERY },
    pagination: { mode: 'off' },
    queryOptions: { enabled: staff },
  }).result.data;
  const ranked = useGqlQuery(
    PARK_MATCHES_QUERY,
    { applicationId: id },
    { resource: 'applications', enabled: !!data?.application && data.application.status !== 'DRAFT' },
  ).data?.parkMatches;
  const requirements =
    useGqlQuery(
      APPLICATION_DOCUMENTS_QUERY,
      { kind: data?.application.kind ?? 'LAND' },
      { resource: 'applications', enabled: !!data?.application },
    ).data?.applicationDocuments ?? [];
  const [returning, setReturning] = useState(false);
  const [returnError, setReturnError] = useState<string | null>(null);
  const giveBack = useGqlMutation(RETURN_APPLICATION_MUTATION, { invalidates: ['applications'] });
  const [decision, setDecision] = useState<'APPROVED' | 'REJECTED' | null>(null);
  const [decideError, setDecideError] = useState<string | null>(null);
  const review = useGqlMutation(REVIEW_APPLICATION_MUTATION, { invalidates: ['applications'] });
  const decide = useGqlMutation(DECIDE_APPLICATION_MUTATION, { invalidates: ['applications', 'parks'] });
  const movedIn = useGqlMutation(MARK_MOVED_IN_MUTATION, { invalidates: ['applications', 'parks'] });
  const withdraw = useGqlMutation(WITHDRAW_APPLICATION_MUTATION, { invalidates: ['applications'] });
  const application = data?.application;
  const conflict = t('applications.conflict');

  /** Runs an action and says what it did (已受理, 已标记入驻, 已撤回), not a bare "updated". */
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
    } catch (caught) {
      void message.error(errorText(caught, conflict));
    }
    // The button acted on may be gone with the new status: the keyboard continues from the heading.
    keepFocusOnPage();
  };

  const submitDecision = async ({ parkId, reason, override }: DecideValues) => {
    if (!application || !decision) return;
    setDecideError(null);
    try {
      await decide.run({
        id: application.id,
        version: application.version,
        decision,
        parkId: decision === 'APPROVED' ? (parkId ?? null) : null,
        reason: reason?.trim() || null,
        override: decision === 'APPROVED' && override === true,
      });
      setDecision(null);
      keepFocusOnPage();
      void message.success(
        t(decision === 'APPROVED' ? 'applications.actions.approved' : 'applications.actions.rejected'),
      );
    } catch (caught) {
      setDecideError(errorText(caught, conflict));
    }
  };

  const submitReturn = async (reason: string) => {
    if (!application) return;
    setReturnError(null);
    try {
      await giveBack.run({ id: application.id, version: application.version, reason });
      setReturning(false);
      keepFocusOnPage();
      void message.success(t('applications.correction.returned'));
    } catch (caught) {
      setReturnError(errorText(caught, conflict));
    }
  };

  const missingNames = (application?.missingDocuments ?? [])
    .map((document) => t(`applications.documents.kinds.${document}`))
    .join(t('applications.separator'));

  const actions = application && (
    <Space wrap>
      {staff && REVIEWABLE.has(application.status) && (
        <Button
          loading={review.pending}
          onClick={() =>
            void act(
              () => review.run({ id: application.id, version: application.version }),
              t('applications.actions.reviewed'),
            )
          }
        >
          {t('applications.actions.review')}
        </Button>
      )}
      {staff && OPEN.has(application.status) && (
        <>
          <Button type="primary" onClick={() => setDecision('APPROVED')}>
            {t('applications.actions.approve')}
          </Button>
          <Button danger onClick={() => setDecision('REJECTED')}>
            {t('applications.actions.reject')}
          </Button>
          <Button onClick={() => setReturning(true)}>{t('applications.correction.action')}</Button>
        </>
      )}
      {staff && application.status === 'APPROVED' && (
        <Popconfirm
          title={t('applications.actions.moveInConfirm')}
          onConfirm={() =>
            act(
              () => movedIn.run({ id: application.id, version: application.version }),
              t('applications.actions.movedIn'),
            )
          }
        >
          <Button loading={movedIn.pending}>{t('applications.actions.moveIn')}</Button>
        </Popconfirm>
      )}
      {!staff && application.status === 'DRAFT' && (
        <Link to={`/applications/create?draft=${application.id}`}>
          <Button type="primary">{t('applications.actions.continueDraft')}</Button>
        </Link>
      )}
      {!staff && application.status === 'RETURNED' && (
        <Button type="primary" onClick={() => void navigate(`/applications/create?draft=${application.id}`)}>
          {t('applications.correction.fix')}
        </Button>
      )}
      {!staff &&
        (application.status === 'DRAFT' || application.status === 'RETURNED' || OPEN.has(application.status)) && (
          <Popconfirm
            title={t('applications.actions.withdrawConfirm')}
            onConfirm={() =>
              act(
                () => withdraw.run({ id: application.id, version: application.version }),
                t('applications.actions.withdrawn'),
              )
            }
          >
            <Button danger loading={withdraw.pending}>
              {t('applications.actions.withdraw')}
            </Button>
          </Popconfirm>
        )}
    </Space>
  );

  return (
    <Show
      resource="applications"
      recordItemId={id}
      isLoading={isLoading}
      title={t('applications.titles.show')}
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <>
          {actions}
          {defaultButtons}
        </>
      )}
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      {application?.status === 'RETURNED' && application.correctionRequest && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('applications.correction.alertTitle')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{application.correctionRequest}</span>}
        />
      )}
      {application && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Card size="small">
                <ApplicationDetails application={application} staff={staff} />
              </Card>
              <Card size="small" title={t('applications.documents.title')}>
                {staff && application.missingDocuments.length > 0 && (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 12 }}
                    message={t('applications.documents.missingStaff', { names: missingNames })}
                  />
                )}
                <ApplicationDocuments
                  requirements={requirements}
                  files={application.attachments}
                  removable={!staff && application.status === 'DRAFT'}
                />
              </Card>
              {ranked && OPEN.has(application.status) && (
                <Card size="small" id="park-ranking" title={t('parkRanking.title')}>
                  <Typography.Paragraph style={MUTED}>{t('parkRanking.reviewHint')}</Typography.Paragraph>
                  <ParkRanking matches={ranked} />
                </Card>
              )}
            </Space>
          </Col>
          <Col xs={24} xl={8}>
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              {staff && <ApplicationApplicantCard enterpriseId={application.enterprise.id} />}
              <Card size="small" title={t('applications.timeline.title')}>
                <ApplicationTimeline entries={application.timeline} />
              </Card>
            </Space>
          </Col>
        </Row>
      )}
      {application && staff && (
        <ApplicationReturnModal
          open={returning}
          pending={giveBack.pending}
          error={returnError}
          onCancel={() => {
            setReturning(false);
            setReturnError(null);
          }}
          onSubmit={(reason) => void submitReturn(reason)}
        />
      )}
      {application && staff && (
        <ApplicationDecideModal
          decision={decision}
          application={application}
          parks={parks}
          matches={ranked ?? []}
          isAdmin={user?.role === 'ADMIN'}
          pending={decide.pending}
          error={decideError}
          onCancel={() => {
            setDecision(null);
            setDecideError(null);
          }}
          onSubmit={(values) => void submitDecision(values)}
        />
      )}
    </Show>
  );
};
