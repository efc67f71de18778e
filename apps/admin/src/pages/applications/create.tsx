import { Create } from '@refinedev/antd';
import { useGo, useList } from '@refinedev/core';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Steps,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApplicationDocuments, missingOf, type PickedDocuments } from './application-documents';
import { ApplicationReview } from './application-review';
import { WizardInfrastructure } from './wizard-infrastructure';
import { WizardProjectFields } from './wizard-project-fields';
import { WizardProfileFacts } from './wizard-profile-facts';
import { UploadsFailed, useWizardSave } from './wizard-save';
import type { WizardValues } from './wizard-values';
import { MUTED } from './text-colors';
import { WizardParkSuggestions } from './wizard-park-suggestions';
import { ApplicationParkOption, parkOptionText, type ParkSpace } from './application-park-option';
import { useFocusOnChange } from '../../components/use-focus-on-change';
import { useFormat } from '../../format/use-format';
import type { ApplicationInput, ApplicationKind } from '../../gql/graphql';
import type { ParkSummary } from '../../graphql/types';
import { wanToYuan, yuanToWanInput } from '../enterprises/form-values';
import { PARKS_QUERY } from '../parks/queries';
import { APPLICANT_FACTS_QUERY, APPLICATION_DOCUMENTS_QUERY, APPLICATION_QUERY } from './queries';
import { APPLICATION_KINDS, needsLand, parkFits } from './space';
import { errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';

const STEP_TITLES = ['space', 'parks', 'project', 'documents', 'review'] as const;
const STEP_FIELDS: (keyof WizardValues)[][] = [
  ['kind', 'landMu', 'floorSqm', 'desiredMoveIn', 'infrastructureNeeds'],
  ['preferredParkIds'],
  ['summary', 'plannedInvestment', 'jobs', 'expectedAnnualTax'],
  [],
  [],
];
const DOCUMENTS_STEP = 3;

/**
 * The API's input: money in yuan, only the space measure of the kind, the date as YYYY-MM-DD.
 * Energy use and pollution are left out: the API takes them from the enterprise's profile.
 */
export const toApplicationInput = (values: WizardValues, draft: boolean): ApplicationInput => ({
  kind: values.kind,
  landMu: needsLand(values.kind) ? (values.landMu ?? null) : null,
  floorSqm: needsLand(values.kind) ? null : (values.floorSqm ?? null),
  desiredMoveIn: values.desiredMoveIn ? values.desiredMoveIn.format('YYYY-MM-DD') : null,
  preferredParkIds: values.preferredParkIds ?? [],
  summary: values.summary?.trim() ?? '',
  plannedInvestment: wanToYuan(values.plannedInvestment),
  jobs: values.jobs ?? null,
  expectedAnnualTax: wanToYuan(values.expectedAnnualTax),
  energyTce: null,
  pollutionCategory: null,
  infrastructureNeeds: values.infrastructureNeeds ?? [],
  draft,
});

const full = { style: { width: '100%' } };

/**
 * The application wizard: kind and space (the profile's energy and pollution shown, not asked),
 * preferred parks (with their free space), the project, the documents of the kind's checklist,
 * then review and submit. It can be saved as a draft at any step and continued later (?draft=id);
 * an application returned for correction (补正) opens here too, with what to fix, and is resubmitted.
 */
export const ApplicationCreate = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const go = useGo();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const draftId = params.get('draft');
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  // After 下一步 / 上一步 the keyboard continues at the top of the new step.
  const stepPanel = useFocusOnChange(step);
  const [failure, setFailure] = useState<string | null>(null);
  const [picked, setPicked] = useState<PickedDocuments>({});
  const [note, setNote] = useState('');
  const draft = useGqlQuery(APPLICATION_QUERY, { id: draftId ?? '' }, { resource: 'applications', enabled: !!draftId })
    .data?.application;
  const returned = draft?.status === 'RETURNED';
  const { save: persist, pending } = useWizardSave(draft);
  const profile = useGqlQuery(APPLICANT_FACTS_QUERY, {}, { resource: 'enterprises' }).data?.myEnterprise;
  const parks = useList<ParkSummary>({
    resource: 'parks',
    meta: { gqlQuery: PARKS_QUERY },
    pagination: { mode: 'off' },
    // the offshore incubators (深圳, 大连) take no placements in the district
  }).result.data.filter((park) => !park.outsideDistrict);
  const kind = (Form.useWatch('kind', form) as ApplicationKind | undefined) ?? 'LAND';
  const landMu = Form.useWatch('landMu', form) as number | null | undefined;
  const floorSqm = Form.useWatch('floorSqm', form) as number | null | undefined;
  const request = { kind, landMu, floorSqm };
  const preferred = (Form.useWatch('preferredParkIds', form) as string[] | undefined) ?? [];
  const requirements =
    useGqlQuery(APPLICATION_DOCUMENTS_QUERY, { kind }, { resource: 'applications' }).data?.applicationDocuments ?? [];
  const files = draft?.attachments ?? [];
  const missing = missingOf(requirements, files, picked);
  const documentNames = (documents: readonly string[]) =>
    documents.map((document) => t(`applications.documents.kinds.${document}`)).join(t('applications.separator'));

  useEffect(() => {
    if (!draft) return;
    form.setFieldsValue({
      kind: draft.kind,
      landMu: draft.landMu,
      floorSqm: draft.floorSqm,
      desiredMoveIn: draft.desiredMoveIn ? dayjs(draft.desiredMoveIn) : null,
      preferredParkIds: [...draft.preferredParkIds],
      summary: draft.summary,
      plannedInvestment: yuanToWanInput(draft.plannedInvestment),
      jobs: draft.jobs,
      expectedAnnualTax: yuanToWanInput(draft.expectedAnnualTax),
      infrastructureNeeds: [...draft.infrastructureNeeds],
    });
  }, [draft, form]);

  const save = async (asDraft: boolean) => {
    setFailure(null);
    try {
      if (!asDraft) {
        await form.validateFields();
        if (missing.length) {
          setStep(DOCUMENTS_STEP);
          setFailure(t('applications.documents.missingAlert', { names: documentNames(missing) }));
          return;
        }
      }
      const input = toApplicationInput(form.getFieldsValue(true) as WizardValues, asDraft);
      const saved = await persist(input, picked, { asDraft, note: note.trim() || undefined, onUploaded: setPicked });
      void message.success(
        asDraft
          ? t('applications.wizard.draftSaved')
          : t(returned ? 'applications.correction.resubmitted' : 'applications.wizard.submitted'),
      );
      go({ to: `/applications/${saved.id}` });
    } catch (error) {
      if (error instanceof UploadsFailed) {
        setStep(DOCUMENTS_STEP);
        setFailure(
          error.failed
            .map((f) => t('requests.attachments.uploadFailed', { name: f.name, reason: f.reason }))
            .join('\n'),
        );
        return;
      }
      const { fields } = formFieldErrors<keyof WizardValues>(error);
      if (fields.length > 0) {
        form.setFields(fields);
        const index = STEP_FIELDS.findIndex((names) => fields.some(({ name }) => names.includes(name)));
        if (index >= 0) setStep(index);
      }
      if (typeof error === 'object' && error !== null && 'errorFields' in error) {
        // a failed validation is shown at its field: go to the step that holds the first one
        const [first] = (error as { errorFields: { name: (string | number)[] }[] }).errorFields;
        const index = STEP_FIELDS.findIndex((fields) => fields.includes(first?.name[0] as keyof WizardValues));
        if (index >= 0) setStep(index);
        return;
      }
      setFailure(errorText(error, t('applications.conflict')));
    }
  };

  const next = async () => {
    try {
      await form.validateFields(STEP_FIELDS[step]);
      setStep(step + 1);
    } catch {
      // the fields say what is missing
    }
  };

  const values = form.getFieldsValue(true) as WizardValues;
  const parkById = new Map(parks.map((park) => [park.id, park]));
  const positive = {
    validator: async (_: unknown, value: number | null) => {
      if (value !== null && value !== undefined && value <= 0) throw new Error(t('applications.wizard.positive'));
    },
  };

  return (
    <Create
      resource="applications"
      title={returned ? t('applications.correction.wizardTitle') : t('applications.titles.create')}
      footerButtons={() => (
        <Space wrap>
          {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('applications.wizard.previous')}</Button>}
          {!returned && (
            <Button loading={pending} onClick={() => void save(true)}>
              {t('applications.wizard.saveDraft')}
            </Button>
          )}
          {step < STEP_FIELDS.length - 1 ? (
            <Button type="primary" onClick={() => void next()}>
              {t('applications.wizard.next')}
            </Button>
          ) : (
            <Button type="primary" loading={pending} onClick={() => void save(false)}>
              {returned ? t('applications.correction.resubmit') : t('applications.wizard.submit')}
            </Button>
          )}
        </Space>
      )}
    >
      <Steps
        current={step}
        onChange={(target) => (target < step ? setStep(target) : void next())}
        style={{ marginBottom: 24 }}
        items={STEP_TITLES.map((key) => ({ title: t(`applications.steps.${key}`) }))}
      />
      {returned && draft.correctionRequest && (
        <Alert
          type="warning"
          showIcon
          message={t('applications.correction.alertTitle')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{draft.correctionRequest}</span>}
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          message={t('applications.wizard.failed')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{failure}</span>}
          style={{ marginBottom: 16 }}
        />
      )}
      <div
        ref={stepPanel}
        tabIndex={-1}
        role="group"
        aria-label={t('applications.wizard.stepOf', {
          n: step + 1,
          total: STEP_TITLES.length,
          title: t(`applications.steps.${STEP_TITLES[step]}`),
        })}
      >
        <Form<WizardValues> form={form} layout="vertical" initialValues={{ kind: 'LAND', preferredParkIds: [] }}>
          <div hidden={step !== 0}>
            <Form.Item name="kind" label={t('applications.fields.kind')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={APPLICATION_KINDS.map((value) => ({ value, label: t(`applications.kinds.${value}`) }))}
              />
            </Form.Item>
            <Typography.Paragraph style={MUTED}>{t(`applications.kindHints.${kind}`)}</Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                {needsLand(kind) ? (
                  <Form.Item
                    name="landMu"
                    label={t('applications.fields.landMu')}
                    rules={[
                      {
                        required: true,
                        message: t('applications.wizard.required', { field: t('applications.fields.landMu') }),
                      },
                      positive,
                    ]}
                  >
                    <InputNumber {...full} min={0} addonAfter={t('units.mu')} />
                  </Form.Item>
                ) : (
                  <Form.Item
                    name="floorSqm"
                    label={t('applications.fields.floorSqm')}
                    rules={[
                      {
                        required: true,
                        message: t('applications.wizard.required', { field: t('applications.fields.floorSqm') }),
                      },
                      positive,
                    ]}
                  >
                    <InputNumber {...full} min={0} addonAfter={t('units.sqm')} />
                  </Form.Item>
                )}
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="desiredMoveIn" label={t('applications.fields.desiredMoveIn')}>
                  <DatePicker {...full} />
                </Form.Item>
              </Col>
            </Row>
            <WizardInfrastructure />
            <WizardProfileFacts facts={profile} />
          </div>
          <div hidden={step !== 1}>
            {step === 1 && (
              <WizardParkSuggestions
                needs={{
                  ...values,
                  kind,
                  energyTce: profile?.energyTce ?? null,
                  pollutionCategory: profile?.pollutionCategory ?? null,
                }}
                picked={preferred}
                onPick={(parkId) => form.setFieldValue('preferredParkIds', [...preferred, parkId])}
              />
            )}
            <Typography.Paragraph style={MUTED}>{t('applications.wizard.parksHint')}</Typography.Paragraph>
            <Form.Item name="preferredParkIds" label={t('applications.fields.preferredParks')}>
              <Select
                mode="multiple"
                allowClear
                showSearch
                optionFilterProp="label"
                optionLabelProp="short"
                options={parks.map((park) => ({
                  value: park.id,
                  label: parkOptionText(park, f, t),
                  short: f.pick(park.name, park.nameEn),
                  park,
                }))}
                optionRender={(option) => (
                  <ApplicationParkOption
                    park={option.data.park as ParkSpace}
                    fits={parkFits(option.data.park as ParkSpace, request)}
                  />
                )}
              />
            </Form.Item>
          </div>
          <div hidden={step !== 2}>
            <WizardProjectFields />
          </div>
          {step === DOCUMENTS_STEP && (
            <>
              <Typography.Paragraph style={MUTED}>{t('applications.documents.hint')}</Typography.Paragraph>
              <ApplicationDocuments
                requirements={requirements}
                files={files}
                picked={picked}
                onPick={setPicked}
                removable
              />
            </>
          )}
          {step === DOCUMENTS_STEP + 1 && (
            <>
              <Typography.Paragraph style={MUTED}>{t('applications.wizard.reviewHint')}</Typography.Paragraph>
              <ApplicationReview
                values={values}
                parkById={parkById}
                profile={profile}
                documents={
                  missing.length
                    ? t('applications.documents.missingAlert', { names: documentNames(missing) })
                    : documentNames(
                        requirements
                          .map((r) => r.document)
                          .filter((d) => files.some((file) => file.category === d) || !!picked[d]?.length),
                      )
                }
              />
              {returned && (
                <Form.Item
                  label={t('applications.correction.note')}
                  htmlFor="correction-note"
                  style={{ marginTop: 16 }}
                >
                  <Input.TextArea
                    id="correction-note"
                    value={note}
                    onChange={(event) => setNote(event.target.value)}
                    autoSize={{ minRows: 2, maxRows: 5 }}
                    maxLength={2000}
                  />
                </Form.Item>
              )}
            </>
          )}
        </Form>
      </div>
    </Create>
  );
};
