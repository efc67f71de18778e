/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Industries {\n    industries {\n      code\n      name\n      nameEn\n      category\n      description\n      descriptionEn\n      planRef\n      segments {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.IndustriesDocument,
    "\n  query Parks($filter: ParkFilter) {\n    parks(filter: $filter) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      targetIndustries\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      lng\n      lat\n      sampleFields\n    }\n  }\n": typeof types.ParksDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      children {\n        id\n        code\n        name\n        nameEn\n        kind\n      }\n      positioning\n      positioningEn\n      planRef\n      targetIndustries\n      forbiddenIndustries\n      forbidsThreeHigh\n      maxPollution\n      maxEnergyTce\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      servedTiers\n      infrastructure\n      lng\n      lat\n      sampleFields\n      version\n    }\n  }\n": typeof types.ParkDocument,
    "\n  query HeadlineFigures {\n    headlineFigures {\n      code\n      label\n      labelEn\n      value\n      unit\n      unitEn\n      baseline\n      year\n      planRef\n      qualifier\n    }\n  }\n": typeof types.HeadlineFiguresDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Industries {\n    industries {\n      code\n      name\n      nameEn\n      category\n      description\n      descriptionEn\n      planRef\n      segments {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.IndustriesDocument,
    "\n  query Parks($filter: ParkFilter) {\n    parks(filter: $filter) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      targetIndustries\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      lng\n      lat\n      sampleFields\n    }\n  }\n": types.ParksDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      children {\n        id\n        code\n        name\n        nameEn\n        kind\n      }\n      positioning\n      positioningEn\n      planRef\n      targetIndustries\n      forbiddenIndustries\n      forbidsThreeHigh\n      maxPollution\n      maxEnergyTce\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      servedTiers\n      infrastructure\n      lng\n      lat\n      sampleFields\n      version\n    }\n  }\n": types.ParkDocument,
    "\n  query HeadlineFigures {\n    headlineFigures {\n      code\n      label\n      labelEn\n      value\n      unit\n      unitEn\n      baseline\n      year\n      planRef\n      qualifier\n    }\n  }\n": types.HeadlineFiguresDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Industries {\n    industries {\n      code\n      name\n      nameEn\n      category\n      description\n      descriptionEn\n      planRef\n      segments {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Industries {\n    industries {\n      code\n      name\n      nameEn\n      category\n      description\n      descriptionEn\n      planRef\n      segments {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Parks($filter: ParkFilter) {\n    parks(filter: $filter) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      targetIndustries\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      lng\n      lat\n      sampleFields\n    }\n  }\n"): (typeof documents)["\n  query Parks($filter: ParkFilter) {\n    parks(filter: $filter) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      targetIndustries\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      lng\n      lat\n      sampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      children {\n        id\n        code\n        name\n        nameEn\n        kind\n      }\n      positioning\n      positioningEn\n      planRef\n      targetIndustries\n      forbiddenIndustries\n      forbidsThreeHigh\n      maxPollution\n      maxEnergyTce\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      servedTiers\n      infrastructure\n      lng\n      lat\n      sampleFields\n      version\n    }\n  }\n"): (typeof documents)["\n  query Park($id: ID!) {\n    park(id: $id) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      children {\n        id\n        code\n        name\n        nameEn\n        kind\n      }\n      positioning\n      positioningEn\n      planRef\n      targetIndustries\n      forbiddenIndustries\n      forbidsThreeHigh\n      maxPollution\n      maxEnergyTce\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      servedTiers\n      infrastructure\n      lng\n      lat\n      sampleFields\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadlineFigures {\n    headlineFigures {\n      code\n      label\n      labelEn\n      value\n      unit\n      unitEn\n      baseline\n      year\n      planRef\n      qualifier\n    }\n  }\n"): (typeof documents)["\n  query HeadlineFigures {\n    headlineFigures {\n      code\n      label\n      labelEn\n      value\n      unit\n      unitEn\n      baseline\n      year\n      planRef\n      qualifier\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;