import { App, DatePicker, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { DisposalRoute, LandPlotStatus } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { DISPOSAL_ROUTES } from './land-model';
import { LAND_PARKS_QUERY, RECORD_LAND_PLOT, UPDATE_LAND_PLOT } from './queries';
import { EnterprisePicker } from './enterprise-picker';

interface Values {
  code: string;
  parkId: string;
  areaMu: number;
  status: LandPlotStatus;
  idleSince?: Dayjs;
  holderKind: 'name' | 'enterprise';
  holderName?: string;
  holderEnterpriseId?: string;
  disposalRoute?: DisposalRoute;
  lng?: number | null;
  lat?: number | null;
  note?: string;
}

/** The plot being edited: its fields as the list shows them. */
export interface EditedPlot {
  id: string;
  version: number;
  code: string;
  areaMu: number;
  status: LandPlotStatus;
  park: { id: string };
  holderName?: string | null;
  holderEnterprise?: { id: string } | null;
  disposalRoute?: DisposalRoute | null;
  location?: { lng: number; lat: number } | null;
  note?: string | null;
}

/** A plot's location: two numbers in a park's range (China), both or neither. */
const COORDINATES = [
  { name: 'lng', other: 'lat', min: 73, max: 135 },
  { name: 'lat', other: 'lng', min: 18, max: 54 },
] as const;

/** Area and park are fixed once a plot is recovered (the park's space ledger holds its area). */
const fixedArea = (plot: EditedPlot | null) => plot?.status === 'RECOVERED' || plot?.status === 'REASSIGNED';

/**
 * 登记地块: a plot with its park, area (亩), holder and whether it is idle (since when); with
 * `plot`, the same form edits that plot's fields.
 */
export const LandRecordModal = ({
  open,
  plot = null,
  onClose,
}: {
  open: boolean;
  plot?: EditedPlot | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const parks = useGqlQuery(LAND_PARKS_QUERY, {}, { resource: 'parks', enabled: open });
  const record = useGqlMutation(RECORD_LAND_PLOT, { invalidates: ['land', 'parks'] });
  const update = useGqlMutation(UPDATE_LAND_PLOT, { invalidates: ['land', 'parks'] });
  const status = Form.useWatch('status', form);
  const holderKind = Form.useWatch('holderKind', form);
  const submit = async (values: Values) => {
    const fields = {
      code: values.code,
      holderName: values.holderKind === 'name' ? values.holderName : null,
      holderEnterpriseId: values.holderKind === 'enterprise' ? values.holderEnterpriseId : null,
      disposalRoute: values.disposalRoute ?? null,
      lng: values.lng ?? null,
      lat: values.lat ?? null,
      note: values.note ?? null,
    };
    try {
      if (plot) {
        const place = fixedArea(plot) ? {} : { parkId: values.parkId, areaMu: values.areaMu };
        await update.run({ id: plot.id, version: plot.version, input: { ...fields, ...place } });
      } else {
        await record.run({
          input: {
            ...fields,
            parkId: values.parkId,
            areaMu: values.areaMu,
            status: values.status,
            idleSince: values.status === 'IDLE' && values.idleSince ? values.idleSince.format('YYYY-MM-DD') : null,
          },
        });
      }
      message.success(t(plot ? 'land.saved' : 'land.recorded'));
      form.resetFields();
      onClose();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Modal
      open={open}
      title={plot ? `${t('land.edit')} · ${plot.code}` : t('land.record')}
      okText={t('land.save')}
      cancelText={t('land.cancel')}
      confirmLoading={record.pending || update.pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          plot
            ? {
                code: plot.code,
                parkId: plot.park.id,
                areaMu: plot.areaMu,
                status: plot.status,
                holderKind: plot.holderEnterprise ? 'enterprise' : 'name',
                holderName: plot.holderName ?? undefined,
                holderEnterpriseId: plot.holderEnterprise?.id,
                disposalRoute: plot.disposalRoute ?? undefined,
                lng: plot.location?.lng,
                lat: plot.location?.lat,
                note: plot.note ?? undefined,
              }
            : { status: 'IDLE', holderKind: 'name' }
        }
        onFinish={submit}
      >
        <Form.Item name="code" label={t('land.fields.code')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="parkId" label={t('land.fields.park')} rules={[{ required: true }]}>
          <Select
            disabled={fixedArea(plot)}
            showSearch
            optionFilterProp="label"
            loading={parks.isLoading}
            options={parks.data?.parks.map((p) => ({ value: p.id, label: f.pick(p.name, p.nameEn) }))}
          />
        </Form.Item>
        <Form.Item name="areaMu" label={t('land.fields.areaMu')} rules={[{ required: true }]}>
          <InputNumber
            disabled={fixedArea(plot)}
            min={0.0001}
            max={1_000_000}
            addonAfter={t('units.mu')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="holderKind" label={t('land.fields.holder')}>
          <Radio.Group
            options={[
              { value: 'name', label: t('land.holderByName') },
              { value: 'enterprise', label: t('land.holderOnPlatform') },
            ]}
          />
        </Form.Item>
        {holderKind === 'enterprise' ? (
          <Form.Item name="holderEnterpriseId" label={t('land.fields.holderEnterprise')} rules={[{ required: true }]}>
            <EnterprisePicker />
          </Form.Item>
        ) : (
          <Form.Item
            name="holderName"
            label={t('land.fields.holderName')}
            rules={[{ required: true, whitespace: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
        )}
        {!plot && (
          <Form.Item name="status" label={t('land.fields.status')}>
            <Radio.Group
              options={(['IDLE', 'IN_USE'] as const).map((value) => ({ value, label: t(`land.statuses.${value}`) }))}
            />
          </Form.Item>
        )}
        {!plot && status === 'IDLE' && (
          <Form.Item name="idleSince" label={t('land.fields.idleSince')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="disposalRoute" label={t('land.fields.plannedRoute')}>
          <Select allowClear options={DISPOSAL_ROUTES.map((value) => ({ value, label: t(`land.routes.${value}`) }))} />
        </Form.Item>
        <Form.Item label={t('land.fields.location')} extra={t('land.locationHint')} style={{ marginBottom: 16 }}>
          <Flex gap={8} wrap>
            {COORDINATES.map(({ name, other, min, max }) => (
              <Form.Item
                key={name}
                name={name}
                noStyle
                dependencies={[other]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value) =>
                      // the empty one of the two says so (once, under both inputs)
                      value == null && getFieldValue(other) != null
                        ? Promise.reject(new Error(t('land.locationPair')))
                        : Promise.resolve(),
                  }),
                ]}
              >
                <InputNumber
                  aria-label={t(`land.fields.${name}`)}
                  addonBefore={t(`land.fields.${name}`)}
                  min={min}
                  max={max}
                  step={0.001}
                  precision={6}
                  style={{ width: 220 }}
                />
              </Form.Item>
            ))}
          </Flex>
        </Form.Item>
        <Form.Item name="note" label={t('land.fields.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
