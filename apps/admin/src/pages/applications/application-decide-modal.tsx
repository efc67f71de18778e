import { Alert, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { ApplicationKind } from '../../gql/graphql';
import { parkFits, spaceText } from './space';
import { ApplicationParkOption, parkOptionText, type ParkSpace } from './application-park-option';
import { MUTED } from './text-colors';
import { ParkRankCard, useScoreText, type RankedPark } from './park-ranking';

export interface DecideValues {
  parkId?: string;
  reason?: string;
  override?: boolean;
}

export interface DecideTarget {
  kind: ApplicationKind;
  landMu?: number | null;
  floorSqm?: number | null;
  preferredParkIds: readonly string[];
}

/**
 * Approve with a park (each shown with its score or that it fails, and its free space; the
 * suitable ones first) or reject with a reason, which is required. The chosen park's constraint
 * check shows before approving: a park failing one takes an admin's override with a reason; other
 * staff read why they cannot.
 */
export const ApplicationDecideModal = ({
  decision,
  application,
  parks,
  matches,
  isAdmin,
  pending,
  error,
  onCancel,
  onSubmit,
}: {
  decision: 'APPROVED' | 'REJECTED' | null;
  application: DecideTarget;
  parks: readonly ParkSpace[];
  /** The park ranking of the application (parkMatches). */
  matches: readonly RankedPark[];
  isAdmin: boolean;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (values: DecideValues) => void;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const scoreText = useScoreText();
  const [form] = Form.useForm<DecideValues>();
  const approve = decision === 'APPROVED';
  const preferred = new Set(application.preferredParkIds);
  const matchOf = new Map(matches.map((m) => [m.parkId, m]));
  // Suitable parks by score, then preferred, then the rest.
  const rankOf = (id: string) => {
    const m = matchOf.get(id);
    return m ? (m.suitable ? 1000 + m.score : 0) : -1;
  };
  const ordered = [...parks].sort(
    (a, b) => rankOf(b.id) - rankOf(a.id) || Number(preferred.has(b.id)) - Number(preferred.has(a.id)),
  );
  const parkId = Form.useWatch('parkId', form) as string | undefined;
  const override = Form.useWatch('override', form) as boolean | undefined;
  const chosen = parkId ? matchOf.get(parkId) : undefined;
  const fails = !!chosen && !chosen.suitable;
  const blocked = approve && fails && !isAdmin;
  const verdict = (id: string) => {
    const m = matchOf.get(id);
    if (!m) return '';
    return m.suitable ? ` · ${scoreText(m.score)}` : ` · ${t('parkRanking.unsuitable')}`;
  };
  return (
    <Modal
      open={decision !== null}
      title={approve ? t('applications.decide.approveTitle') : t('applications.decide.rejectTitle')}
      okText={approve ? t('applications.actions.approve') : t('applications.actions.reject')}
      okButtonProps={{ danger: !approve || (fails && !!override), loading: pending, disabled: blocked }}
      cancelText={t('buttons.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      // The keyboard starts in the first field (the park to approve into, or the reason to reject).
      afterOpenChange={(visible) =>
        visible && (form.getFieldInstance(approve ? 'parkId' : 'reason') as HTMLElement | null)?.focus()
      }
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph style={MUTED}>
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
              initialValue={
                (
                  ordered.find((park) => preferred.has(park.id) && matchOf.get(park.id)?.suitable) ??
                  ordered.find((park) => preferred.has(park.id) && parkFits(park, application))
                )?.id
              }
            >
              <Select
                showSearch
                optionFilterProp="label"
                optionLabelProp="label"
                options={ordered.map((park) => ({
                  value: park.id,
                  label: `${parkOptionText(park, f, t)}${verdict(park.id)}`,
                  title: parkOptionText(park, f, t),
                  park,
                }))}
                optionRender={(option) => (
                  <ApplicationParkOption
                    park={option.data.park as ParkSpace}
                    fits={parkFits(option.data.park as ParkSpace, application)}
                    preferred={preferred.has(String(option.value))}
                    verdict={verdict(String(option.value))}
                  />
                )}
              />
            </Form.Item>
            {chosen && <ParkRankCard match={chosen} />}
            {fails && !isAdmin && (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 12 }}
                message={t('applications.decide.adminOnly')}
                description={t('applications.decide.adminOnlyHint')}
              />
            )}
            {fails && isAdmin && (
              <Form.Item name="override" valuePropName="checked" style={{ margin: '12px 0 0' }}>
                <Checkbox>{t('applications.decide.override')}</Checkbox>
              </Form.Item>
            )}
            <Form.Item
              name="reason"
              label={fails && override ? t('applications.decide.overrideReason') : t('applications.decide.note')}
              style={{ marginTop: 12 }}
              rules={
                fails && override
                  ? [{ required: true, whitespace: true, message: t('applications.decide.overrideReasonRequired') }]
                  : []
              }
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} disabled={blocked} />
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
