import { Edit } from '@refinedev/antd';
import { useGo } from '@refinedev/core';
import { Alert, App, Button, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Park } from '../../graphql/types';
import { errorText, formFieldErrors, isConflict } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { changedFields } from '../enterprises/form-values';
import { ParkForm, type ParkFormValues } from './park-form';
import { UPDATE_PARK_MUTATION } from './park-mutations';
import { PARK_QUERY } from './queries';

export const parkToFormValues = (park: Park): ParkFormValues => ({
  code: park.code,
  name: park.name,
  nameEn: park.nameEn,
  kind: park.kind,
  level: park.level,
  parentCode: park.parent?.code ?? null,
  positioning: park.positioning,
  positioningEn: park.positioningEn,
  targetIndustries: park.targetIndustries,
  forbiddenIndustries: park.forbiddenIndustries,
  forbidsThreeHigh: park.forbidsThreeHigh,
  maxPollution: park.maxPollution,
  maxEnergyTce: park.maxEnergyTce ?? null,
  totalLandMu: park.totalLandMu,
  freeLandMu: park.freeLandMu,
  totalFloorSqm: park.totalFloorSqm,
  freeFloorSqm: park.freeFloorSqm,
  servedTiers: park.servedTiers,
  infrastructure: park.infrastructure,
  lng: park.lng,
  lat: park.lat,
  enclavePartner: park.enclavePartner ?? null,
  enclavePartnerEn: park.enclavePartnerEn ?? null,
  cooperationModels: park.cooperationModels,
  districtTaxSharePercent: park.districtTaxSharePercent ?? null,
});

/**
 * Admins edit a park; the save carries the version read, so a park changed meanwhile is refused
 * with CONFLICT and the editor offers to reload it.
 */
export const ParkEdit = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const go = useGo();
  const { message } = App.useApp();
  const [form] = Form.useForm<ParkFormValues>();
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { data, isLoading, error, refetch } = useGqlQuery(PARK_QUERY, { id }, { resource: 'parks' });
  const update = useGqlMutation(UPDATE_PARK_MUTATION, { invalidates: ['parks'] });
  // The park as the form was loaded: its version goes with the save, so a background refetch
  // can never turn someone else's change into a silent overwrite.
  const [park, setPark] = useState<Park | null>(null);
  useEffect(() => {
    if (data?.park && !park) setPark(data.park);
  }, [data, park]);

  const save = async (values: ParkFormValues) => {
    if (!park) return;
    setFailure(null);
    const input = changedFields(parkToFormValues(park), values);
    try {
      await update.run({ id: park.id, version: park.version, input });
      void message.success(t('parks.editor.saved'));
      go({ to: `/parks/${park.id}` });
    } catch (caught) {
      if (isConflict(caught)) return setConflict(true);
      form.setFields(formFieldErrors<keyof ParkFormValues>(caught).fields);
      setFailure(errorText(caught));
    }
  };

  const reload = async () => {
    const fresh = await refetch();
    const next = (fresh.data?.data as { park?: Park } | undefined)?.park;
    if (next) {
      setPark(next);
      form.setFieldsValue(parkToFormValues(next));
    }
    setConflict(false);
  };

  return (
    <Edit
      resource="parks"
      recordItemId={id}
      title={t('parks.titles.edit')}
      isLoading={isLoading}
      canDelete={false}
      headerButtons={() => null}
      saveButtonProps={{ onClick: () => form.submit(), loading: update.pending, disabled: conflict || !park }}
    >
      {error && <Alert type="error" showIcon message={error.message} style={{ marginBottom: 16 }} />}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          message={t('parks.editor.conflict')}
          action={
            <Button size="small" onClick={() => void reload()}>
              {t('parks.editor.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      {park && (
        <ParkForm
          key={park.id}
          form={form}
          initialValues={parkToFormValues(park)}
          selfCode={park.code}
          askSpaceReason
          onFinish={save}
        />
      )}
    </Edit>
  );
};
