import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { errorText } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { EnterprisePicker } from '../land/enterprise-picker';
import { NEXT_KINDS } from './ladder-model';
import { INCUBATION_NEXT_PARKS_QUERY, RECORD_INCUBATION_ENTRY } from './queries';
import { NoteField, SpaceFields } from './stay-fields';

interface Values {
  parkId: string;
  enterpriseId?: string;
  companyName?: string;
  seats?: number;
  floorSqm?: number;
  enteredOn?: Dayjs;
  note?: string;
}

/** 登记入孵: an enterprise enters a carrier, with its seats (工位) or floor space (m²). */
export const EntryModal = ({ open, parkId, onClose }: { open: boolean; parkId?: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const chosen = Form.useWatch('parkId', form) ?? parkId;
  const parks = useGqlQuery(INCUBATION_NEXT_PARKS_QUERY, {}, { resource: 'parks', enabled: open });
  const carriers = (parks.data?.parks ?? []).filter((park) => NEXT_KINDS[park.kind]);
  const offshore = carriers.find((park) => park.id === chosen)?.outsideDistrict ?? false;
  const { run, pending } = useGqlMutation(RECORD_INCUBATION_ENTRY, { invalidates: ['incubation'] });
  const submit = async (values: Values) => {
    try {
      await run({
        input: {
          parkId: values.parkId,
          enterpriseId: offshore ? null : (values.enterpriseId ?? null),
          companyName: offshore ? (values.companyName ?? null) : null,
          seats: values.seats ?? null,
          floorSqm: values.floorSqm ?? null,
          enteredOn: values.enteredOn ? values.enteredOn.format('YYYY-MM-DD') : null,
          note: values.note ?? null,
        },
      });
      message.success(t('incubation.entered'));
      onClose();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Modal
      open={open}
      title={t('incubation.recordEntry')}
      okText={t('incubation.confirm')}
      cancelText={t('incubation.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ parkId }} onFinish={submit}>
        <Form.Item name="parkId" label={t('incubation.fields.carrier')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={carriers.map((park) => ({ value: park.id, label: f.pick(park.name, park.nameEn) }))}
          />
        </Form.Item>
        {offshore ? (
          <Form.Item
            name="companyName"
            label={t('incubation.fields.companyName')}
            rules={[{ required: true }, { max: 200 }]}
          >
            <Input />
          </Form.Item>
        ) : (
          <Form.Item name="enterpriseId" label={t('incubation.fields.enterprise')} rules={[{ required: true }]}>
            <EnterprisePicker />
          </Form.Item>
        )}
        <SpaceFields />
        <Form.Item name="enteredOn" label={t('incubation.fields.enteredOn')} extra={t('incubation.todayHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <NoteField />
      </Form>
    </Modal>
  );
};
