import { registerEnumType } from '@nestjs/graphql';
import type {
  CooperationModel as Cooperation,
  ParkKind as Kind,
  ParkLevel as Level,
  PollutionCategory as Pollution,
  Tier as TierName,
} from '#plan-data';

export const ParkKind: { [K in Kind]: K } = {
  INDUSTRIAL_PARK: 'INDUSTRIAL_PARK',
  ZONE: 'ZONE',
  SPECIALTY_PARK: 'SPECIALTY_PARK',
  ENCLAVE_PARK: 'ENCLAVE_PARK',
  TOWN: 'TOWN',
  MAKERSPACE: 'MAKERSPACE',
  INCUBATOR: 'INCUBATOR',
  ACCELERATOR: 'ACCELERATOR',
};
export type ParkKind = Kind;

export const ParkLevel: { [K in Level]: K } = {
  NATIONAL: 'NATIONAL',
  REGIONAL: 'REGIONAL',
  MUNICIPAL: 'MUNICIPAL',
  DISTRICT: 'DISTRICT',
};
export type ParkLevel = Level;

export const PollutionCategory: { [K in Pollution]: K } = { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH' };
export type PollutionCategory = Pollution;

export const Tier: { [K in TierName]: K } = {
  TECH_SME: 'TECH_SME',
  HIGH_TECH: 'HIGH_TECH',
  LITTLE_GIANT: 'LITTLE_GIANT',
  LEADING: 'LEADING',
};
export type Tier = TierName;

export const CooperationModel: { [K in Cooperation]: K } = {
  ENTRUSTED_MANAGEMENT: 'ENTRUSTED_MANAGEMENT',
  TAX_SHARING: 'TAX_SHARING',
};
export type CooperationModel = Cooperation;

registerEnumType(ParkKind, { name: 'ParkKind' });
registerEnumType(CooperationModel, {
  name: 'CooperationModel',
  description: 'ENTRUSTED_MANAGEMENT 区域托管 · TAX_SHARING 税收分成 (enclave parks, plan ch.6 §1)',
});
registerEnumType(ParkLevel, { name: 'ParkLevel' });
registerEnumType(PollutionCategory, { name: 'PollutionCategory' });
registerEnumType(Tier, {
  name: 'Tier',
  description: '科技型中小企业 → 高新技术企业 → 科技小巨人企业 → 创新型领军企业',
});
