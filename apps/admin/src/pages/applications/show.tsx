import { Show } from '@refinedev/antd';
import { useGetIdentity, useList } from '@refinedev/core';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApplicationDecideModal, type DecideValues } from './application-decide-modal';
import { PARK_MATCHES_QUERY } from './park-match-queries';
import { ParkRanking } from './park-ranking';
import { MUTED } from './text-colors';
import { ApplicationStatusTag } from './application-status-tag';
import { ApplicationTimeline } from './application-timeline';
import { useFormat } from '../../format/use-format';
import type { ApplicationStatus } from '../../gql/graphql';
import type { ParkSummary, User } from '../../graphql/types';
import { PARKS_QUERY } from '../parks/queries';
import {
  APPLICATION_QUERY,
  DECIDE_APPLICATION_MUTATION,
  MARK_MOVED_IN_MUTATION,
  REVIEW_APPLICATION_MUTATION,
  WITHDRAW_APPLICATION_MUTATION,
} from './queries';
import { spaceText } from './space';
import { errorText } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';

/** Before a decision (mirrors the API's lifecycle): staff may review or decide, the enterprise withdraw. */
const OPEN: ReadonlySet<ApplicationStatus> = new Set(['SUBMITTED', 'SCREENING', 'RECOMMENDED', 'UNDER_REVIEW']);
const REVIEWABLE: ReadonlySet<ApplicationStatus> = new Set(['SUBMITTED', 'SCREENING', 'RECOMMENDED']);

/** One application: its details, its status timeline and what the signed-in role may do next. */
export const ApplicationShow = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
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
      void message.success(
        t(decision === 'APPROVED' ? 'applications.actions.approved' : 'applications.actions.rejected'),
      );
    } catch (caught) {
      setDecideError(errorText(caught, conflict));
    }
  };

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
      {!staff && (application.status === 'DRAFT' || OPEN.has(application.status)) && (
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
      {application && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card size="small">
              <Descriptions
                bordered
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'enterprise',
                    label: t('applications.fields.enterprise'),
                    children: staff ? (
                      <Link to={`/enterprises/${application.enterprise.id}`}>{application.enterprise.name}</Link>
                    ) : (
                      application.enterprise.name
                    ),
                  },
                  {
                    key: 'status',
                    label: t('applications.fields.status'),
                    children: <ApplicationStatusTag status={application.status} />,
                  },
                  {
                    key: 'kind',
                    label: t('applications.fields.kind'),
                    children: t(`applications.kinds.${application.kind}`),
                  },
                  { key: 'space', label: t('applications.fields.space'), children: spaceText(f, application) },
                  {
                    key: 'park',
                    label: t('applications.fields.park'),
                    children: application.park ? (
                      <Link to={`/parks/${application.park.id}`}>
                        {f.pick(application.park.name, application.park.nameEn)}
                      </Link>
                    ) : (
                      t('common.none')
                    ),
                  },
                  {
                    key: 'preferredParks',
                    label: t('applications.fields.preferredParks'),
                    children: application.preferredParks.length
                      ? application.preferredParks
                          .map((park) => f.pick(park.name, park.nameEn))
                          .join(t('applications.separator'))
                      : t('applications.wizard.noParks'),
                  },
                  {
                    key: 'plannedInvestment',
                    label: t('applications.fields.plannedInvestment'),
                    children:
                      application.plannedInvestment === null
                        ? t('common.none')
                        : f.money(application.plannedInvestment),
                  },
                  {
                    key: 'jobs',
                    label: t('applications.fields.jobs'),
                    children:
                      application.jobs === null
                        ? t('common.none')
                        : `${f.number(application.jobs, 0)} ${t('enterprises.units.person')}`,
                  },
                  {
                    key: 'expectedAnnualTax',
                    label: t('applications.fields.expectedAnnualTax'),
                    children:
                      application.expectedAnnualTax === null
                        ? t('common.none')
                        : f.money(application.expectedAnnualTax),
                  },
                  {
                    key: 'energyTce',
                    label: t('applications.fields.energyTce'),
                    children:
                      application.energyTce === null
                        ? t('common.none')
                        : `${f.number(application.energyTce)} ${t('enterprises.units.tce')}`,
                  },
                  {
                    key: 'pollutionCategory',
                    label: t('applications.fields.pollutionCategory'),
                    children: application.pollutionCategory
                      ? t(`enterprises.pollution.${application.pollutionCategory}`)
                      : t('common.none'),
                  },
                  {
                    key: 'infrastructureNeeds',
                    label: t('applications.fields.infrastructureNeeds'),
                    children: application.infrastructureNeeds.length
                      ? application.infrastructureNeeds
                          .map((code) => t(`parks.infrastructureTags.${code}`))
                          .join(t('applications.separator'))
                      : t('common.none'),
                  },
                  {
                    key: 'desiredMoveIn',
                    label: t('applications.fields.desiredMoveIn'),
                    children: application.desiredMoveIn ? f.date(application.desiredMoveIn) : t('common.none'),
                  },
                  {
                    key: 'submittedAt',
                    label: t('applications.fields.submittedAt'),
                    children: application.submittedAt ? f.dateTime(application.submittedAt) : t('common.none'),
                  },
                  ...(application.decisionReason
                    ? [
                        {
                          key: 'reason',
                          label: t('applications.fields.reason'),
                          children: application.decisionReason,
                          span: 2,
                        },
                      ]
                    : []),
                  {
                    key: 'summary',
                    label: t('applications.fields.summary'),
                    span: 2,
                    children: (
                      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                        {application.summary || t('common.none')}
                      </Typography.Paragraph>
                    ),
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('applications.timeline.title')}>
              <ApplicationTimeline entries={application.timeline} />
            </Card>
          </Col>
          {ranked && OPEN.has(application.status) && (
            <Col xs={24} xl={16}>
              <Card size="small" id="park-ranking" title={t('parkRanking.title')}>
                <Typography.Paragraph style={MUTED}>{t('parkRanking.reviewHint')}</Typography.Paragraph>
                <ParkRanking matches={ranked} />
              </Card>
            </Col>
          )}
        </Row>
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
