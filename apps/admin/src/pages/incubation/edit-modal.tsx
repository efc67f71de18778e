import { App, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { UPDATE_INCUBATION_STAY } from './queries';
import { NoteField, SpaceFields } from './stay-fields';

export interface EditedStay {
  id: string;
  version: number;
  seats?: number | null;
  floorSqm?: number | null;
  enteredOn: string;
  endedOn?: string | null;
  note?: string | null;
}

interface Values {
  seats?: number | null;
  floorSqm?: number | null;
  enteredOn: Dayjs;
  note?: string;
}

/** 修改在孵记录: staff correct a stay's seats (个), floor space (m²), entry date or note. */
export const EditModal = ({
  stay,
  company,
  onClose,
}: {
  stay: EditedStay | null;
  company: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { run, pending } = useGqlMutation(UPDATE_INCUBATION_STAY, { invalidates: ['incubation'] });
  useEffect(() => {
    if (stay) {
      form.setFieldsValue({
        seats: stay.seats ?? null,
        floorSqm: stay.floorSqm ?? null,
        enteredOn: dayjs(stay.enteredOn),
        note: stay.note ?? '',
      });
    }
  }, [stay, form]);
  const submit = async (values: Values) => {
    if (!stay) return;
    try {
      await run({
        id: stay.id,
        version: stay.version,
        input: {
          seats: values.seats ?? null,
          floorSqm: values.floorSqm ?? null,
          enteredOn: values.enteredOn.format('YYYY-MM-DD'),
          note: values.note ?? '',
        },
      });
      message.success(t('incubation.updated'));
      onClose();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const lastDay = stay?.endedOn ? dayjs(stay.endedOn) : dayjs();
  return (
    <Modal
      open={!!stay}
      title={stay ? t('incubation.editTitle', { company }) : ''}
      okText={t('incubation.save')}
      cancelText={t('incubation.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <SpaceFields />
        <Form.Item
          name="enteredOn"
          label={t('incubation.fields.enteredOn')}
          extra={stay?.endedOn ? t('incubation.enteredBeforeEnd', { date: stay.endedOn }) : undefined}
          rules={[{ required: true, message: t('incubation.enteredRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(lastDay, 'day')} />
        </Form.Item>
        <NoteField />
      </Form>
    </Modal>
  );
};
