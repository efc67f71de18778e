import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadStage } from '../../gql/graphql';
import { errorText, fieldName, isApiError, isConflict } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import type { Taxonomy } from '../enterprises/use-taxonomy';
import { isRequiredField, toLeadInput, type LeadFormValues, type RequiredField } from './lead-values';
import { MissingFieldsModal } from './missing-fields-modal';
import { MOVE_LEAD_STAGE_MUTATION, UPDATE_LEAD_MUTATION } from './queries';
import { LostReasonModal } from './reason-modal';

interface Target {
  id: string;
  version: number;
}

type Pending =
  | { kind: 'fields'; lead: Target; stage: LeadStage; fields: RequiredField[]; error: string | null }
  | { kind: 'lost'; lead: Target };

/** The fields a refused move names, when they are all fields a form can fill. */
const missingFields = (error: unknown): RequiredField[] | null => {
  if (!isApiError(error) || error.code !== 'BAD_USER_INPUT') return null;
  const names = error.fields.map((fault) => fieldName(fault.field));
  return names.length > 0 && names.every(isRequiredField) ? names : null;
};

/**
 * Moving a lead between stages, wherever it is asked (kanban, card select, lead page): a move the
 * stage rules refuse opens the missing fields, which are saved (updateLead) before the move is tried
 * again; LOST asks for the reason first.
 */
export const useMoveLead = (taxonomy: Taxonomy, onConflict?: () => void) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useGqlMutation(MOVE_LEAD_STAGE_MUTATION, { invalidates: ['leads'] });
  const update = useGqlMutation(UPDATE_LEAD_MUTATION, { invalidates: ['leads'] });
  const [pending, setPending] = useState<Pending | null>(null);

  const tryMove = async (lead: Target, stage: LeadStage, note?: string): Promise<void> => {
    try {
      await move.run({ id: lead.id, version: lead.version, stage, note: note ?? null });
      setPending(null);
      message.success(t('leads.move.moved', { stage: t(`leads.stages.${stage}`) }));
    } catch (caught) {
      const fields = missingFields(caught);
      if (fields) {
        setPending({ kind: 'fields', lead, stage, fields, error: null });
        return;
      }
      setPending(null);
      if (isConflict(caught)) onConflict?.();
      message.error(errorText(caught, t('leads.conflict')));
    }
  };

  const request = (lead: Target, stage: LeadStage) => {
    if (stage === 'LOST') setPending({ kind: 'lost', lead });
    else void tryMove(lead, stage);
  };

  const fillAndMove = async (values: LeadFormValues) => {
    if (pending?.kind !== 'fields') return;
    try {
      const { updateLead } = await update.run({
        id: pending.lead.id,
        version: pending.lead.version,
        input: toLeadInput(values),
      });
      await tryMove({ id: updateLead.id, version: updateLead.version }, pending.stage);
    } catch (caught) {
      setPending({ ...pending, error: errorText(caught, t('leads.conflict')) });
    }
  };

  const dialogs = (
    <>
      <MissingFieldsModal
        open={pending?.kind === 'fields'}
        stage={pending?.kind === 'fields' ? pending.stage : 'LEAD'}
        fields={pending?.kind === 'fields' ? pending.fields : []}
        error={pending?.kind === 'fields' ? pending.error : null}
        taxonomy={taxonomy}
        pending={move.pending || update.pending}
        onSubmit={(values) => void fillAndMove(values)}
        onCancel={() => setPending(null)}
      />
      <LostReasonModal
        open={pending?.kind === 'lost'}
        pending={move.pending}
        onSubmit={(reason) => pending && void tryMove(pending.lead, 'LOST', reason)}
        onCancel={() => setPending(null)}
      />
    </>
  );
  return { request, dialogs, moving: move.pending };
};
