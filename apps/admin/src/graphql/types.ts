/**
 * The shapes the admin app reads, derived from the documents typed by graphql-codegen (src/gql),
 * so a field renamed in the API's schema breaks the build.
 */
import type {
  HeadlineFiguresQuery,
  IndustriesQuery,
  IndustryCategory,
  ParkKind,
  ParkQuery,
  ParksQuery,
  SessionUserFragment,
} from '../gql/graphql';

export type {
  CooperationModel,
  IndustryCategory,
  ParkKind,
  ParkLevel,
  PollutionCategory,
  Role,
  Tier,
} from '../gql/graphql';

export type User = SessionUserFragment;
export type Industry = IndustriesQuery['industries'][number];
export type ParkSummary = ParksQuery['parks'][number];
export type Park = ParkQuery['park'];
export type HeadlineFigure = HeadlineFiguresQuery['headlineFigures'][number];

export interface AuthPayload {
  accessToken: string;
  user: User;
}

/** Display order of industry categories: the four priority clusters first. */
export const INDUSTRY_CATEGORIES = [
  'PRIORITY',
  'TRADITIONAL',
  'FUTURE',
  'SERVICE',
  'CULTURE_TOURISM',
  'AGRICULTURE',
] as const satisfies readonly IndustryCategory[];

/** Display order of park kinds: from the large parks down the incubation chain. */
export const PARK_KINDS = [
  'INDUSTRIAL_PARK',
  'ZONE',
  'SPECIALTY_PARK',
  'ENCLAVE_PARK',
  'TOWN',
  'ACCELERATOR',
  'INCUBATOR',
  'MAKERSPACE',
] as const satisfies readonly ParkKind[];
