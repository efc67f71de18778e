import { Alert, Button, Card, Form, Input, Rate, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { RATE_REQUEST_MUTATION } from './queries';

interface RatingValues {
  satisfaction: number;
  note?: string;
}

/**
 * The stars as one radio group named by its label (antd's Rate list would carry the form item's
 * aria-required, which a list may not have).
 */
const StarsField = ({
  value,
  onChange,
  label,
  labels,
}: {
  value?: number;
  onChange?: (value: number) => void;
  label: string;
  labels: string[];
}) => (
  <div role="radiogroup" aria-label={label} aria-required>
    <Rate value={value} onChange={onChange} tooltips={labels} />
  </div>
);

/** Once resolved, the enterprise marks its satisfaction 1–5 (with an optional note); that closes it. */
export const RatingForm = ({ requestId, version }: { requestId: string; version: number }) => {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const rate = useGqlMutation(RATE_REQUEST_MUTATION, { invalidates: ['requests'] });
  const onFinish = async ({ satisfaction, note }: RatingValues) => {
    setFailure(null);
    try {
      await rate.run({ id: requestId, version, satisfaction, note: note?.trim() || null });
    } catch (error) {
      setFailure(errorText(error, t('requests.conflict')));
    }
  };
  const labels = [1, 2, 3, 4, 5].map((n) => t(`requests.rating.marks.${n}`));
  return (
    <Card size="small" title={t('requests.rating.title')}>
      <Typography.Paragraph>{t('requests.rating.hint')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="satisfaction"
          label={t('requests.rating.satisfaction')}
          rules={[{ required: true, message: t('requests.validation.satisfaction') }]}
        >
          <StarsField label={t('requests.rating.satisfaction')} labels={labels} />
        </Form.Item>
        <Form.Item name="note" label={t('requests.rating.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={rate.pending}>
          {t('requests.actions.rate')}
        </Button>
      </Form>
    </Card>
  );
};
