import { Form, Input, Select, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { PARK_KINDS, type ParkKind } from '../../graphql/types';

export interface ParkSearch {
  kind?: ParkKind;
  search?: string;
}

/** Filter by kind and search by name; both go to the API's ParkFilter. */
export const ParkFilters = ({ formProps }: { formProps: FormProps<ParkSearch> }) => {
  const { t } = useTranslation();
  const submit = () => formProps.form?.submit();
  return (
    <Form {...formProps} name="park-filters" layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item label={t('parks.filters.kind')} name="kind">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 180 }}
          placeholder={t('parks.filters.kindAll')}
          onChange={submit}
          options={PARK_KINDS.map((kind) => ({ value: kind, label: t(`parks.kinds.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('parks.filters.search')} name="search">
        <Input.Search
          allowClear
          placeholder={t('parks.filters.searchPlaceholder')}
          onSearch={submit}
          style={{ width: 240 }}
        />
      </Form.Item>
    </Form>
  );
};
