import type { LocalizedText } from '../../core/errors/app-error.js';
import { ApplicationKind } from './application.enums.js';

/** The documents an application may carry (an attachment's `category`). */
export enum ApplicationDocument {
  BUSINESS_LICENSE = 'BUSINESS_LICENSE',
  FEASIBILITY_STUDY = 'FEASIBILITY_STUDY',
  ENERGY_ENVIRONMENT = 'ENERGY_ENVIRONMENT',
  BUSINESS_PLAN = 'BUSINESS_PLAN',
  OTHER = 'OTHER',
}

export const DOCUMENT_LABELS: Readonly<Record<ApplicationDocument, LocalizedText>> = {
  [ApplicationDocument.BUSINESS_LICENSE]: { zh: '营业执照', en: 'business licence' },
  [ApplicationDocument.FEASIBILITY_STUDY]: { zh: '可行性研究报告', en: 'feasibility study' },
  [ApplicationDocument.ENERGY_ENVIRONMENT]: {
    zh: '项目能耗及环保情况说明',
    en: 'statement of the project’s energy use and emissions',
  },
  [ApplicationDocument.BUSINESS_PLAN]: { zh: '商业计划书', en: 'business plan' },
  [ApplicationDocument.OTHER]: { zh: '其他材料', en: 'other documents' },
};

/**
 * What each kind of application must carry. Every applicant shows its 营业执照; a new project on
 * land or in a factory its 可行性研究报告; a project on land also states its energy use and
 * emissions (the plan forbids "三高" projects and caps energy use, ch.10); an incubator seat
 * needs a 商业计划书 (the incubation chain admits start-ups by their plan, ch.3 §2).
 */
export const REQUIRED_DOCUMENTS: Readonly<Record<ApplicationKind, readonly ApplicationDocument[]>> = {
  [ApplicationKind.LAND]: [
    ApplicationDocument.BUSINESS_LICENSE,
    ApplicationDocument.FEASIBILITY_STUDY,
    ApplicationDocument.ENERGY_ENVIRONMENT,
  ],
  [ApplicationKind.FACTORY]: [ApplicationDocument.BUSINESS_LICENSE, ApplicationDocument.FEASIBILITY_STUDY],
  [ApplicationKind.OFFICE]: [ApplicationDocument.BUSINESS_LICENSE],
  [ApplicationKind.INCUBATOR_SEAT]: [ApplicationDocument.BUSINESS_LICENSE, ApplicationDocument.BUSINESS_PLAN],
};

export const DOCUMENT_CODES: readonly string[] = Object.values(ApplicationDocument);

/** The documents of a kind, required ones first (in their order), then the optional ones. */
export function documentChecklist(kind: ApplicationKind): { document: ApplicationDocument; required: boolean }[] {
  const required = REQUIRED_DOCUMENTS[kind];
  const optional = Object.values(ApplicationDocument).filter((d) => !required.includes(d));
  return [
    ...required.map((document) => ({ document, required: true })),
    ...optional.map((document) => ({ document, required: false })),
  ];
}

/** The required documents of `kind` that none of the attached files' categories provides, in order. */
export function missingDocuments(
  kind: ApplicationKind,
  attached: Iterable<string | null | undefined>,
): ApplicationDocument[] {
  const present = new Set(attached);
  return REQUIRED_DOCUMENTS[kind].filter((document) => !present.has(document));
}

/** "缺少必需材料：营业执照、可行性研究报告" in both languages. */
export function missingDocumentsText(missing: readonly ApplicationDocument[]): LocalizedText {
  return {
    zh: `缺少必需材料：${missing.map((d) => DOCUMENT_LABELS[d].zh).join('、')}，请上传后再提交`,
    en: `required documents are missing: ${missing.map((d) => DOCUMENT_LABELS[d].en).join(', ')}; attach them, then submit`,
  };
}
