import { registerEnumType } from '@nestjs/graphql';

/** What an enterprise applies for. LAND is measured in mu (亩); the others in floor space (m²). */
export enum ApplicationKind {
  LAND = 'LAND',
  FACTORY = 'FACTORY',
  OFFICE = 'OFFICE',
  INCUBATOR_SEAT = 'INCUBATOR_SEAT',
}

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  SCREENING = 'SCREENING',
  RECOMMENDED = 'RECOMMENDED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** Staff returned it for correction (补正); the enterprise fixes it and submits it again. */
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  MOVED_IN = 'MOVED_IN',
  WITHDRAWN = 'WITHDRAWN',
}

export enum Decision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(ApplicationKind, {
  name: 'ApplicationKind',
  description: 'LAND 用地 · FACTORY 厂房 · OFFICE 办公用房 · INCUBATOR_SEAT 孵化工位',
});
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description:
    'DRAFT 草稿 · SUBMITTED 已提交 · SCREENING 初筛中 · RECOMMENDED 已推荐 · UNDER_REVIEW 审核中 · RETURNED 待补正 · APPROVED 已批准 · REJECTED 已驳回 · MOVED_IN 已入驻 · WITHDRAWN 已撤回',
});
registerEnumType(Decision, { name: 'Decision', description: 'APPROVED 批准 · REJECTED 驳回' });
