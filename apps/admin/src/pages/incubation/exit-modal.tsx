import { App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { ParkKind } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { NEXT_KINDS } from './ladder-model';
import { INCUBATION_NEXT_PARKS_QUERY, RECORD_INCUBATION_GRADUATION, RECORD_INCUBATION_LEAVING } from './queries';
import { NoteField } from './stay-fields';

export interface EndingStay {
  id: string;
  version: number;
  companyName: string;
  park: { kind: ParkKind; outsideDistrict: boolean };
}

interface Values {
  on?: Dayjs;
  nextParkId?: string;
  note?: string;
}

/** 毕业 (with the next rung's park: a draft application is prepared) or 退出, on a date. */
export const ExitModal = ({
  stay,
  kind,
  onClose,
}: {
  stay: EndingStay | null;
  kind: 'GRADUATE' | 'LEAVE';
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const graduating = kind === 'GRADUATE';
  const offshore = stay?.park.outsideDistrict ?? false;
  const nextKinds = stay ? (NEXT_KINDS[stay.park.kind] ?? []) : [];
  const parks = useGqlQuery(INCUBATION_NEXT_PARKS_QUERY, {}, { resource: 'parks', enabled: !!stay && graduating });
  const options = (parks.data?.parks ?? [])
    .filter((park) => nextKinds.includes(park.kind) && !park.outsideDistrict)
    .map((park) => ({ value: park.id, label: f.pick(park.name, park.nameEn) }));
  const graduate = useGqlMutation(RECORD_INCUBATION_GRADUATION, {
    invalidates: ['incubation', 'leads', 'applications'],
  });
  const leave = useGqlMutation(RECORD_INCUBATION_LEAVING, { invalidates: ['incubation'] });
  const submit = async (values: Values) => {
    if (!stay) return;
    const input = {
      on: values.on ? values.on.format('YYYY-MM-DD') : null,
      note: values.note || null,
      ...(graduating && !offshore ? { nextParkId: values.nextParkId ?? null } : {}),
    };
    try {
      if (graduating) {
        await graduate.run({ id: stay.id, version: stay.version, input });
        message.success(offshore ? t('incubation.graduatedLead') : t('incubation.graduatedDraft'));
      } else {
        await leave.run({ id: stay.id, version: stay.version, input });
        message.success(t('incubation.left'));
      }
      onClose();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const title = graduating ? t('incubation.graduate') : t('incubation.leave');
  return (
    <Modal
      open={!!stay}
      title={stay ? `${title} · ${stay.companyName}` : ''}
      okText={t('incubation.confirm')}
      cancelText={t('incubation.cancel')}
      confirmLoading={graduate.pending || leave.pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit}>
        {graduating && (
          <Typography.Paragraph type="secondary">
            {offshore ? t('incubation.offshoreGraduateHint') : t('incubation.graduateHint')}
          </Typography.Paragraph>
        )}
        {graduating && !offshore && (
          <Form.Item name="nextParkId" label={t('incubation.fields.nextPark')} extra={t('incubation.nextParkHint')}>
            <Select allowClear showSearch optionFilterProp="label" options={options} />
          </Form.Item>
        )}
        <Form.Item name="on" label={t('incubation.fields.on')} extra={t('incubation.todayHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <NoteField />
      </Form>
    </Modal>
  );
};
