import type { LocalizedText } from '../../core/errors/app-error.js';
import type { Park } from '../parks/park.entity.js';
import { STATUS_LABELS } from './application-status.js';
import { ApplicationStatus as S } from './application.enums.js';

/** What the enterprise's users read when their application reaches `status`. */
export function statusMessage(status: S, park: Park | null, reason: string | null): LocalizedText {
  const why = reason ? { zh: `说明：${reason}`, en: ` Note: ${reason}` } : { zh: '', en: '' };
  switch (status) {
    case S.SUBMITTED:
      return {
        zh: '您的入驻申请已提交，招商局将尽快受理。',
        en: 'Your placement application was submitted; the bureau will take it up soon.',
      };
    case S.APPROVED:
      return {
        zh: `您的入驻申请已获批准，安排在“${park?.name ?? ''}”。${why.zh}`,
        en: `Your placement application was approved, in ${park?.nameEn ?? ''}.${why.en}`,
      };
    case S.REJECTED:
      return {
        zh: `您的入驻申请未获批准。理由：${reason ?? ''}`,
        en: `Your placement application was rejected. Reason: ${reason ?? ''}`,
      };
    case S.RETURNED:
      return {
        zh: `您的入驻申请需要补正：${reason ?? ''}。请修改或补充材料后重新提交。`,
        en: `Your placement application was returned for correction: ${reason ?? ''}. Correct it and submit it again.`,
      };
    case S.MOVED_IN:
      return { zh: `已确认入驻“${park?.name ?? ''}”。`, en: `Your move into ${park?.nameEn ?? ''} is confirmed.` };
    case S.WITHDRAWN:
      return { zh: '您的入驻申请已撤回。', en: 'Your placement application was withdrawn.' };
    default:
      return {
        zh: `您的入驻申请状态已更新为“${STATUS_LABELS[status].zh}”。${why.zh}`,
        en: `Your placement application is now ${STATUS_LABELS[status].en}.${why.en}`,
      };
  }
}
