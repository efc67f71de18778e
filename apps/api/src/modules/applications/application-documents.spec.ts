import { describe, expect, it } from '@jest/globals';
import {
  ApplicationDocument as D,
  documentChecklist,
  missingDocuments,
  missingDocumentsText,
  REQUIRED_DOCUMENTS,
} from './application-documents.js';
import { ApplicationKind as K } from './application.enums.js';

describe('required documents per application kind', () => {
  it('asks every kind for its business licence, new projects for a feasibility study, seats for a business plan', () => {
    for (const kind of Object.values(K)) expect(REQUIRED_DOCUMENTS[kind][0]).toBe(D.BUSINESS_LICENSE);
    expect(REQUIRED_DOCUMENTS[K.LAND]).toEqual([D.BUSINESS_LICENSE, D.FEASIBILITY_STUDY, D.ENERGY_ENVIRONMENT]);
    expect(REQUIRED_DOCUMENTS[K.FACTORY]).toEqual([D.BUSINESS_LICENSE, D.FEASIBILITY_STUDY]);
    expect(REQUIRED_DOCUMENTS[K.OFFICE]).toEqual([D.BUSINESS_LICENSE]);
    expect(REQUIRED_DOCUMENTS[K.INCUBATOR_SEAT]).toEqual([D.BUSINESS_LICENSE, D.BUSINESS_PLAN]);
    for (const kind of Object.values(K)) expect(REQUIRED_DOCUMENTS[kind]).not.toContain(D.OTHER);
  });

  it('lists the required documents first, then every other one as optional', () => {
    expect(documentChecklist(K.OFFICE)).toEqual([
      { document: D.BUSINESS_LICENSE, required: true },
      { document: D.FEASIBILITY_STUDY, required: false },
      { document: D.ENERGY_ENVIRONMENT, required: false },
      { document: D.BUSINESS_PLAN, required: false },
      { document: D.OTHER, required: false },
    ]);
  });

  it('names what is missing, in the checklist order, ignoring files of no or other kinds', () => {
    expect(missingDocuments(K.LAND, [])).toEqual([D.BUSINESS_LICENSE, D.FEASIBILITY_STUDY, D.ENERGY_ENVIRONMENT]);
    expect(missingDocuments(K.LAND, [null, D.OTHER, D.FEASIBILITY_STUDY])).toEqual([
      D.BUSINESS_LICENSE,
      D.ENERGY_ENVIRONMENT,
    ]);
    expect(missingDocuments(K.OFFICE, [D.BUSINESS_LICENSE, D.BUSINESS_LICENSE])).toEqual([]);
    expect(missingDocuments(K.INCUBATOR_SEAT, [D.BUSINESS_LICENSE])).toEqual([D.BUSINESS_PLAN]);
  });

  it('says what is missing in Chinese and English', () => {
    expect(missingDocumentsText([D.BUSINESS_LICENSE, D.FEASIBILITY_STUDY])).toEqual({
      zh: '缺少必需材料：营业执照、可行性研究报告，请上传后再提交',
      en: 'required documents are missing: business licence, feasibility study; attach them, then submit',
    });
  });
});
