/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type IndustryCategory =
  | 'AGRICULTURE'
  | 'CULTURE_TOURISM'
  | 'FUTURE'
  | 'PRIORITY'
  | 'SERVICE'
  | 'TRADITIONAL';

export type ParkFilter = {
  /** Parks that target this industry. */
  industryCode?: string | null | undefined;
  kind?: ParkKind | null | undefined;
  parentId?: string | number | null | undefined;
  /** Substring of the Chinese or English name, or the code. */
  search?: string | null | undefined;
};

export type ParkKind =
  | 'ACCELERATOR'
  | 'ENCLAVE_PARK'
  | 'INCUBATOR'
  | 'INDUSTRIAL_PARK'
  | 'MAKERSPACE'
  | 'SPECIALTY_PARK'
  | 'TOWN'
  | 'ZONE';

export type ParkLevel =
  | 'DISTRICT'
  | 'MUNICIPAL'
  | 'NATIONAL'
  | 'REGIONAL';

export type PollutionCategory =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** ADMIN 管理员 · BUREAU_STAFF 招商局工作人员 · ENTERPRISE 企业 */
export type Role =
  | 'ADMIN'
  | 'BUREAU_STAFF'
  | 'ENTERPRISE';

/** 科技型中小企业 → 高新技术企业 → 科技小巨人企业 → 创新型领军企业 */
export type Tier =
  | 'HIGH_TECH'
  | 'LEADING'
  | 'LITTLE_GIANT'
  | 'TECH_SME';

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, user: { id: string, email: string, name: string, role: Role } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role } };

export type SessionUserFragment = { id: string, email: string, name: string, role: Role };

export type IndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustriesQuery = { industries: Array<{ code: string, name: string, nameEn: string, category: IndustryCategory, description: string, descriptionEn: string, planRef: string, segments: Array<{ code: string, name: string, nameEn: string }> }> };

export type ParksQueryVariables = Exact<{
  filter?: ParkFilter | null | undefined;
}>;


export type ParksQuery = { parks: Array<{ id: string, code: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, targetIndustries: Array<string>, totalLandMu: number, freeLandMu: number, totalFloorSqm: number, freeFloorSqm: number, lng: number, lat: number, sampleFields: Array<string>, parent: { id: string, code: string, name: string, nameEn: string } | null }> };

export type ParkQueryVariables = Exact<{
  id: string | number;
}>;


export type ParkQuery = { park: { id: string, code: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, positioning: string, positioningEn: string, planRef: string, targetIndustries: Array<string>, forbiddenIndustries: Array<string>, forbidsThreeHigh: boolean, maxPollution: PollutionCategory, maxEnergyTce: number | null, totalLandMu: number, freeLandMu: number, totalFloorSqm: number, freeFloorSqm: number, servedTiers: Array<Tier>, infrastructure: Array<string>, lng: number, lat: number, sampleFields: Array<string>, version: number, parent: { id: string, code: string, name: string, nameEn: string } | null, children: Array<{ id: string, code: string, name: string, nameEn: string, kind: ParkKind }> } };

export type HeadlineFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadlineFiguresQuery = { headlineFigures: Array<{ code: string, label: string, labelEn: string, value: number, unit: string, unitEn: string, baseline: number | null, year: number, planRef: string, qualifier: string | null }> };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const IndustriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<IndustriesQuery, IndustriesQueryVariables>;
export const ParksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Parks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"totalLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"totalFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}}]}}]}}]} as unknown as DocumentNode<ParksQuery, ParksQueryVariables>;
export const ParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Park"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positioning"}},{"kind":"Field","name":{"kind":"Name","value":"positioningEn"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"targetIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"forbiddenIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"forbidsThreeHigh"}},{"kind":"Field","name":{"kind":"Name","value":"maxPollution"}},{"kind":"Field","name":{"kind":"Name","value":"maxEnergyTce"}},{"kind":"Field","name":{"kind":"Name","value":"totalLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"totalFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"servedTiers"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructure"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ParkQuery, ParkQueryVariables>;
export const HeadlineFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeadlineFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlineFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitEn"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}}]}}]} as unknown as DocumentNode<HeadlineFiguresQuery, HeadlineFiguresQueryVariables>;