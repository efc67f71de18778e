import { registerEnumType } from '@nestjs/graphql';
import type { Outcome as EngineOutcome } from '#matching';
import type { PolicyKind as SeedPolicyKind } from '#plan-data';

/** DRAFT → PUBLISHED → RETIRED. A PUBLISHED or RETIRED version is never changed again. */
export enum PolicyStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

export const PolicyKind: { [K in SeedPolicyKind]: K } = {
  SUBSIDY: 'SUBSIDY',
  TAX: 'TAX',
  TALENT: 'TALENT',
  LAND: 'LAND',
  RENT: 'RENT',
  FINANCE: 'FINANCE',
  OTHER: 'OTHER',
};
export type PolicyKind = SeedPolicyKind;

/** The engine's three values (libs/matching); other contexts (policy matches) reuse this enum. */
export const Outcome: { [K in EngineOutcome]: K } = {
  ELIGIBLE: 'ELIGIBLE',
  INELIGIBLE: 'INELIGIBLE',
  NEEDS_INFO: 'NEEDS_INFO',
};
export type Outcome = EngineOutcome;

registerEnumType(PolicyStatus, { name: 'PolicyStatus', description: 'DRAFT 草稿 · PUBLISHED 已发布 · RETIRED 已废止' });
registerEnumType(PolicyKind, {
  name: 'PolicyKind',
  description: 'SUBSIDY 资金补贴 · TAX 税收优惠 · TALENT 人才 · LAND 用地 · RENT 房租 · FINANCE 金融 · OTHER 其他',
});
registerEnumType(Outcome, {
  name: 'Outcome',
  description: 'ELIGIBLE 符合 · INELIGIBLE 不符合 · NEEDS_INFO 待补充信息',
});
