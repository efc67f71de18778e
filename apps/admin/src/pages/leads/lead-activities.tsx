import { App, Button, Card, Col, DatePicker, Form, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { ActivityKind, LeadQuery } from '../../gql/graphql';
import { errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { LOG_LEAD_ACTIVITY_MUTATION } from './queries';
import { ACTIVITY_KINDS } from './stages';

type Activity = LeadQuery['lead']['activities'][number];

interface ActivityValues {
  kind: ActivityKind;
  occurredAt: Dayjs;
  participants?: string[];
  summary: string;
  followUpOn?: Dayjs | null;
}

/** 跟进记录: the log of calls, visits and meetings (newest first) and the form that adds one. */
export const LeadActivities = ({ leadId, activities }: { leadId: string; activities: readonly Activity[] }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityValues>();
  const log = useGqlMutation(LOG_LEAD_ACTIVITY_MUTATION, { invalidates: ['leads'] });
  const submit = async (values: ActivityValues) => {
    try {
      await log.run({
        leadId,
        input: {
          kind: values.kind,
          occurredAt: values.occurredAt.format('YYYY-MM-DD'),
          participants: values.participants ?? [],
          summary: values.summary.trim(),
          followUpOn: values.followUpOn ? values.followUpOn.format('YYYY-MM-DD') : null,
        },
      });
      message.success(t('leads.activity.logged'));
      form.resetFields();
    } catch (caught) {
      const { fields, unplaced } = formFieldErrors<keyof ActivityValues>(caught);
      form.setFields(fields);
      if (unplaced) message.error(errorText(caught));
    }
  };
  return (
    <Card title={t('leads.activity.title')} size="small">
      <Form<ActivityValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'VISIT', occurredAt: dayjs() }}
        onFinish={(values) => void submit(values)}
        aria-label={t('leads.actions.logActivity')}
      >
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={t('leads.activity.kind')} name="kind" rules={[{ required: true }]}>
              <Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`leads.activityKinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('leads.activity.occurredAt')} name="occurredAt" rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('leads.activity.followUpOn')} name="followUpOn">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label={t('leads.activity.participants')}
              name="participants"
              extra={t('leads.activity.participantsHint')}
            >
              <Select mode="tags" open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label={t('leads.activity.summary')}
              name="summary"
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={log.pending}>
          {t('leads.actions.logActivity')}
        </Button>
      </Form>
      <List
        style={{ marginTop: 16 }}
        dataSource={[...activities]}
        locale={{ emptyText: t('leads.activity.empty') }}
        renderItem={(activity) => (
          <List.Item key={activity.id}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={8}>
                <Tag color="blue">{t(`leads.activityKinds.${activity.kind}`)}</Tag>
                <Typography.Text strong>{f.date(activity.occurredAt)}</Typography.Text>
                {activity.participants.length > 0 && (
                  <Typography.Text type="secondary">{activity.participants.join('、')}</Typography.Text>
                )}
              </Space>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {activity.summary}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {activity.actorName && t('leads.activity.by', { name: activity.actorName })}
                {activity.followUpOn && ` · ${t('leads.activity.followUp', { date: f.date(activity.followUpOn) })}`}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
};
