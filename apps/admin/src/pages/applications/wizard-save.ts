import { useState } from 'react';
import { uploadAttachment } from '../../attachments/attachments-api';
import type { ApplicationInput, ApplicationStatus } from '../../gql/graphql';
import { useGqlMutation } from '../../providers/use-gql';
import { pickedUploads, type PickedDocuments } from './application-documents';
import {
  RESUBMIT_APPLICATION_MUTATION,
  SUBMIT_APPLICATION_MUTATION,
  SUBMIT_DRAFT_APPLICATION_MUTATION,
  UPDATE_DRAFT_APPLICATION_MUTATION,
} from './queries';

export interface SavedApplication {
  id: string;
  version: number;
  status: ApplicationStatus;
}

export class UploadsFailed extends Error {
  constructor(readonly failed: { name: string; reason: string }[]) {
    super(failed.map((f) => `${f.name}: ${f.reason}`).join('\n'));
  }
}

/**
 * How the wizard saves: documents need a record to belong to, so a new application is first kept
 * as a draft, its picked documents uploaded (each as its document kind), then submitted; a draft is
 * rewritten the same way; an application returned for correction gets its documents, then is
 * resubmitted with its corrected fields. A failed upload stops before submitting, and the draft
 * made is remembered, so trying again does not make another.
 */
export const useWizardSave = (existing: SavedApplication | null | undefined) => {
  const [made, setMade] = useState<SavedApplication | null>(null);
  const submit = useGqlMutation(SUBMIT_APPLICATION_MUTATION, { invalidates: ['applications'] });
  const updateDraft = useGqlMutation(UPDATE_DRAFT_APPLICATION_MUTATION, { invalidates: ['applications'] });
  const submitDraft = useGqlMutation(SUBMIT_DRAFT_APPLICATION_MUTATION, { invalidates: ['applications'] });
  const resubmit = useGqlMutation(RESUBMIT_APPLICATION_MUTATION, { invalidates: ['applications'] });
  const [uploading, setUploading] = useState(false);

  const save = async (
    input: ApplicationInput,
    picked: PickedDocuments,
    { asDraft, note, onUploaded }: { asDraft: boolean; note?: string; onUploaded: (left: PickedDocuments) => void },
  ): Promise<SavedApplication> => {
    const current = made ?? existing ?? null;
    let target: SavedApplication;
    if (current?.status === 'RETURNED') target = current;
    else if (current?.status === 'DRAFT')
      target = (await updateDraft.run({ id: current.id, version: current.version, input: { ...input, draft: true } }))
        .updateDraftApplication;
    else target = (await submit.run({ input: { ...input, draft: true } })).submitApplication;
    setMade(target);

    const failed: { name: string; reason: string }[] = [];
    const left: PickedDocuments = {};
    setUploading(true);
    try {
      for (const { category, file } of pickedUploads(picked)) {
        try {
          await uploadAttachment('application', target.id, file, category);
        } catch (error) {
          failed.push({ name: file.name, reason: error instanceof Error ? error.message : String(error) });
          const kept = (picked[category] ?? []).filter((entry) => entry.originFileObj === file);
          left[category] = [...(left[category] ?? []), ...kept];
        }
      }
    } finally {
      setUploading(false);
    }
    onUploaded(left);
    if (failed.length) throw new UploadsFailed(failed);
    if (asDraft) return target;
    const done =
      target.status === 'RETURNED'
        ? (await resubmit.run({ id: target.id, version: target.version, input: { ...input, draft: false }, note }))
            .resubmitApplication
        : (await submitDraft.run({ id: target.id, version: target.version })).submitDraftApplication;
    setMade(done);
    return done;
  };

  const pending = submit.pending || updateDraft.pending || submitDraft.pending || resubmit.pending || uploading;
  return { save, pending, made };
};
