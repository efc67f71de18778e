import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { ApplicationKind } from '../../gql/graphql';
import { parkFits, spaceText } from './space';
import { ApplicationParkOption, parkOptionText, type ParkSpace } from './application-park-option';

export interface DecideTarget {
  kind: ApplicationKind;
  landMu?: number | null;
  floorSqm?: number | null;
  preferredParkIds: readonly string[];
}

/**
 * Approve with a park (each shown with its free space; those too small are marked) or reject
 * with a reason, which is required.
 */
export const ApplicationDecideModal = ({
  decision,
  application,
  parks,
  pending,
  error,
  onCancel,
  onSubmit,
}: {
  decision: 'APPROVED' | 'REJECTED' | null;
  application: DecideTarget;
  parks: readonly ParkSpace[];
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (values: { parkId?: string; reason?: string }) => void;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const [form] = Form.useForm<{ parkId?: string; reason?: string }>();
  const approve = decision === 'APPROVED';
  const preferred = new Set(application.preferredParkIds);
  const ordered = [...parks].sort((a, b) => Number(preferred.has(b.id)) - Number(preferred.has(a.id)));
  return (
    <Modal
      open={decision !== null}
      title={approve ? t('applications.decide.approveTitle') : t('applications.decide.rejectTitle')}
      okText={approve ? t('applications.actions.approve') : t('applications.actions.reject')}
      okButtonProps={{ danger: !approve, loading: pending }}
      cancelText={t('buttons.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">
        {t('applications.decide.requested', { space: spaceText(f, application) })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} onFinish={onSubmit}>
        {approve ? (
          <>
            <Form.Item
              name="parkId"
              label={t('applications.decide.park')}
              rules={[{ required: true, message: t('applications.decide.parkRequired') }]}
              initialValue={ordered.find((park) => preferred.has(park.id) && parkFits(park, application))?.id}
            >
              <Select
                showSearch
                optionFilterProp="label"
                optionLabelProp="label"
                options={ordered.map((park) => ({
                  value: park.id,
                  label: parkOptionText(park, f, t),
                  title: parkOptionText(park, f, t),
                  park,
                }))}
                optionRender={(option) => (
                  <ApplicationParkOption
                    park={option.data.park as ParkSpace}
                    fits={parkFits(option.data.park as ParkSpace, application)}
                    preferred={preferred.has(String(option.value))}
                  />
                )}
              />
            </Form.Item>
            <Form.Item name="reason" label={t('applications.decide.note')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="reason"
            label={t('applications.decide.reason')}
            rules={[{ required: true, whitespace: true, message: t('applications.decide.reasonRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};
