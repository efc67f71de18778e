import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DisposalRoute, LandPlotStatus } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { EnterprisePicker } from './enterprise-picker';
import { DISPOSAL_ROUTES } from './land-model';
import { MOVE_LAND_PLOT } from './queries';

export interface MovingPlot {
  id: string;
  version: number;
  code: string;
  disposalRoute?: DisposalRoute | null;
}

interface Values {
  on?: Dayjs;
  disposalRoute?: DisposalRoute;
  enterpriseId?: string;
  note?: string;
}

/** One step of a plot (start recovery, mark recovered, reassign…) with its date and what it needs. */
export const LandMoveModal = ({
  plot,
  to,
  onClose,
}: {
  plot: MovingPlot | null;
  to: LandPlotStatus | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { run, pending } = useGqlMutation(MOVE_LAND_PLOT, { invalidates: ['land', 'parks'] });
  const submit = async (values: Values) => {
    if (!plot || !to) return;
    try {
      await run({
        id: plot.id,
        version: plot.version,
        input: {
          status: to,
          on: values.on ? values.on.format('YYYY-MM-DD') : null,
          disposalRoute: to === 'UNDER_RECOVERY' ? values.disposalRoute : null,
          enterpriseId: to === 'REASSIGNED' ? values.enterpriseId : null,
          note: values.note ?? null,
        },
      });
      message.success(t('land.moved'));
      onClose();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Modal
      open={!!plot && !!to}
      title={plot && to ? `${t(`land.actions.${to}`)} · ${plot.code}` : ''}
      okText={t('land.confirm')}
      cancelText={t('land.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ disposalRoute: plot?.disposalRoute ?? undefined }}
        onFinish={submit}
      >
        {to === 'UNDER_RECOVERY' && (
          <Form.Item name="disposalRoute" label={t('land.fields.disposalRoute')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={DISPOSAL_ROUTES.map((value) => ({ value, label: t(`land.routes.${value}`) }))}
            />
          </Form.Item>
        )}
        {to === 'REASSIGNED' && (
          <Form.Item name="enterpriseId" label={t('land.fields.reassignTo')} rules={[{ required: true }]}>
            <EnterprisePicker />
          </Form.Item>
        )}
        <Form.Item name="on" label={t('land.fields.on')} extra={t('land.onHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('land.fields.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
