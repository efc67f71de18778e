import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

/** 工位数（个） and 使用面积（m²）, at least one of them; shared by entry and correction. */
export const SpaceFields = () => {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="seats" label={t('incubation.fields.seatsUnit')}>
        <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="floorSqm"
        label={t('incubation.fields.floorSqm')}
        extra={t('incubation.spaceHint')}
        dependencies={['seats']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value || getFieldValue('seats')
                ? Promise.resolve()
                : Promise.reject(new Error(t('incubation.spaceHint'))),
          }),
        ]}
      >
        <InputNumber min={0.01} max={1000000} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
};

/** 备注, up to 2000 characters. */
export const NoteField = () => {
  const { t } = useTranslation();
  return (
    <Form.Item name="note" label={t('incubation.fields.note')} rules={[{ max: 2000 }]}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
};
