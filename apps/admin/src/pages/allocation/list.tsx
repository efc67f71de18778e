import { List } from '@refinedev/antd';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Table, Typography, type CheckboxProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { ProposeAllocationMutation } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { ApplicationStatusTag } from '../applications/application-status-tag';
import { spaceText } from '../applications/space';
import { CapacityBars } from './capacity-bars';
import { MUTED } from '../applications/text-colors';
import { APPLY_ALLOCATION_MUTATION, OPEN_APPLICATIONS_QUERY, PROPOSE_ALLOCATION_MUTATION } from './queries';

type Proposal = ProposeAllocationMutation['proposeAllocation'];

/** The open applications listed to choose from: one page of the API's largest. */
const PAGE = 100;

/**
 * 入园分配: staff choose competing open applications, ask for the allocation that maximises the
 * total park score within every park's free space, read it (assignments, the unassigned and why,
 * the objective and optimality gap, each park's space before and after) and apply it: every
 * assignment approved at once, or none.
 */
export const AllocationPage = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const open = useGqlQuery(OPEN_APPLICATIONS_QUERY, { first: PAGE }, { resource: 'applications' });
  const propose = useGqlMutation(PROPOSE_ALLOCATION_MUTATION, { invalidates: [] });
  const apply = useGqlMutation(APPLY_ALLOCATION_MUTATION, { invalidates: ['applications', 'parks'] });
  const [selected, setSelected] = useState<string[]>([]);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const rows = open.data?.applications.edges.map((edge) => edge.node) ?? [];

  const run = async () => {
    setFailure(null);
    setApplied(null);
    try {
      setProposal((await propose.run({ ids: selected })).proposeAllocation);
    } catch (error) {
      setProposal(null);
      setFailure(errorText(error));
    }
  };

  const applyProposal = async () => {
    if (!proposal) return;
    setFailure(null);
    try {
      const input = {
        assignments: proposal.assignments.map((a) => ({
          applicationId: a.application.id,
          parkId: a.park.id,
          version: a.application.version,
        })),
      };
      const approved = (await apply.run({ input })).applyAllocation;
      setApplied(approved.length);
      setProposal(null);
      setSelected([]);
    } catch (error) {
      setFailure(errorText(error, t('allocation.conflict')));
    }
  };

  return (
    <List title={t('allocation.title')} canCreate={false}>
      <Space id="allocation" direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ ...MUTED, margin: 0 }}>{t('allocation.hint')}</Typography.Paragraph>
        {applied !== null && (
          <Alert type="success" showIcon message={t('allocation.applied', { count: applied })} closable />
        )}
        {open.error && <Alert type="error" showIcon message={open.error.message} />}
        {failure && <Alert type="error" showIcon message={t('allocation.failed')} description={failure} />}
        <Card size="small" title={t('allocation.choose', { count: selected.length })}>
          <Table
            rowKey="id"
            size="small"
            loading={open.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 640 }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys.map(String)),
              // antd passes these on to the checkbox input: its accessible name (the type omits aria-*)
              getCheckboxProps: (row) =>
                ({ 'aria-label': t('allocation.select', { name: row.enterprise.name }) }) as unknown as CheckboxProps,
            }}
            columns={[
              {
                title: t('applications.fields.enterprise'),
                dataIndex: ['enterprise', 'name'],
                render: (name: string, row) => <Link to={`/applications/${row.id}`}>{name}</Link>,
              },
              {
                title: t('applications.fields.kind'),
                dataIndex: 'kind',
                render: (kind: string) => t(`applications.kinds.${kind}`),
              },
              { title: t('applications.fields.space'), key: 'space', render: (_, row) => spaceText(f, row) },
              {
                title: t('applications.fields.status'),
                dataIndex: 'status',
                render: (_, row) => <ApplicationStatusTag status={row.status} />,
              },
            ]}
          />
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            disabled={selected.length === 0}
            loading={propose.pending}
            onClick={() => void run()}
          >
            {t('allocation.propose')}
          </Button>
        </Card>
        {proposal && <ProposalView proposal={proposal} applying={apply.pending} onApply={() => void applyProposal()} />}
      </Space>
    </List>
  );
};

/** A proposal as staff read it before applying it. */
const ProposalView = ({
  proposal,
  applying,
  onApply,
}: {
  proposal: Proposal;
  applying: boolean;
  onApply: () => void;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <Card size="small" title={t('allocation.result')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'objective', label: t('allocation.objective'), children: f.number(proposal.objective, 1) },
            {
              key: 'gap',
              label: t('allocation.gap'),
              children: proposal.gap === 0 ? t('allocation.optimal') : f.percent(proposal.gap, 2),
            },
            {
              key: 'count',
              label: t('allocation.assignedCount'),
              children: t('allocation.counts', {
                assigned: proposal.assignments.length,
                unassigned: proposal.unassigned.length,
              }),
            },
          ]}
        />
        <Table
          rowKey={(row) => row.application.id}
          size="small"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={proposal.assignments}
          locale={{ emptyText: t('allocation.noAssignments') }}
          columns={[
            {
              title: t('applications.fields.enterprise'),
              key: 'enterprise',
              render: (_, row) => (
                <Link to={`/applications/${row.application.id}`}>{row.application.enterprise.name}</Link>
              ),
            },
            { title: t('allocation.park'), key: 'park', render: (_, row) => f.pick(row.park.name, row.park.nameEn) },
            { title: t('applications.fields.space'), key: 'space', render: (_, row) => spaceText(f, row.application) },
            {
              title: t('allocation.score'),
              dataIndex: 'score',
              align: 'right',
              render: (score: number) => f.number(score, 1),
            },
          ]}
        />
        {proposal.assignments.length > 0 && (
          <Popconfirm
            title={t('allocation.applyConfirm', { count: proposal.assignments.length })}
            onConfirm={onApply}
            okText={t('allocation.apply')}
            cancelText={t('buttons.cancel')}
          >
            <Button type="primary" style={{ marginTop: 12 }} loading={applying}>
              {t('allocation.apply')}
            </Button>
          </Popconfirm>
        )}
      </Card>
      {proposal.unassigned.length > 0 && (
        <Card size="small" title={t('allocation.unassigned')}>
          <Table
            rowKey={(row) => row.application.id}
            size="small"
            pagination={false}
            scroll={{ x: 560 }}
            dataSource={proposal.unassigned}
            columns={[
              {
                title: t('applications.fields.enterprise'),
                key: 'enterprise',
                render: (_, row) => (
                  <Link to={`/applications/${row.application.id}`}>{row.application.enterprise.name}</Link>
                ),
              },
              {
                title: t('applications.fields.space'),
                key: 'space',
                render: (_, row) => spaceText(f, row.application),
              },
              {
                title: t('allocation.why'),
                key: 'why',
                render: (_, row) => row.reasons.join(t('allocation.reasonSeparator')),
              },
            ]}
          />
        </Card>
      )}
      {proposal.assignments.length > 0 && (
        <Card size="small" title={t('allocation.capacity.title')}>
          <Typography.Paragraph style={MUTED}>{t('allocation.capacity.legend')}</Typography.Paragraph>
          <CapacityBars assignments={proposal.assignments} />
        </Card>
      )}
    </>
  );
};
