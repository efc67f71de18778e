import type { ActivityKind, LeadSource, LeadStage, LeadTargetFlag } from '../../gql/graphql';

/** The pipeline in order (the API's lead-stage.ts); LOST stands aside. */
export const PIPELINE: readonly LeadStage[] = [
  'LEAD',
  'CONTACTED',
  'VISITED',
  'NEGOTIATING',
  'SIGNED',
  'REGISTERED',
  'CONSTRUCTING',
  'OPERATING',
  'AFTERCARE',
];
export const ALL_STAGES: readonly LeadStage[] = [...PIPELINE, 'LOST'];

export const LEAD_SOURCES: readonly LeadSource[] = [
  'EXPO_CHINA_EURASIA',
  'CANTON_FAIR',
  'PROCUREMENT_FAIR',
  'VIA_ENTERPRISE',
  'CONSULTANT',
  'PAIRING_PROVINCE',
  'OFFSHORE_INCUBATOR',
  'ONLINE_ENQUIRY',
  'REFERRAL',
  'OTHER',
];

export const TARGET_FLAGS: readonly LeadTargetFlag[] = [
  'GLOBAL_500',
  'CHINA_500',
  'CENTRAL_SOE',
  'LEADING_PRIVATE',
  'WELL_KNOWN_BRAND',
  'INDUSTRY_LEADER',
  'TECH_PIONEER',
  'LISTED',
];

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'CALL',
  'VISIT',
  'MEETING',
  'SITE_VISIT',
  'EXHIBITION',
  'EMAIL',
  'NOTE',
];

/** Tag colours readable at 4.5:1 (antd's light presets orange, green, cyan, lime are not). */
export const STAGE_COLORS: Record<LeadStage, string> = {
  LEAD: 'default',
  CONTACTED: 'blue',
  VISITED: 'geekblue',
  NEGOTIATING: 'purple',
  SIGNED: '#9e1068',
  REGISTERED: '#0b6e4f',
  CONSTRUCTING: '#ad4e00',
  OPERATING: '#237804',
  AFTERCARE: '#006d75',
  LOST: 'red',
};

/**
 * Where a lead may go, as the API allows (lead-stage.ts allowedMoves): forward to any later stage,
 * back only up to 在谈, LOST from anywhere; a lost lead reopens at the stage it was lost from or earlier.
 */
export const allowedMoves = (from: LeadStage, lostFrom: LeadStage | null | undefined): LeadStage[] => {
  if (from === 'LOST') return PIPELINE.slice(0, PIPELINE.indexOf(lostFrom ?? 'LEAD') + 1);
  const at = PIPELINE.indexOf(from);
  const back = at <= PIPELINE.indexOf('NEGOTIATING') ? PIPELINE.slice(0, at) : [];
  return [...back, ...PIPELINE.slice(at + 1), 'LOST'];
};

/** The next stage of the pipeline (推进), or null at the end and for LOST. */
export const nextStage = (stage: LeadStage): LeadStage | null => {
  const at = PIPELINE.indexOf(stage);
  return at >= 0 && at < PIPELINE.length - 1 ? (PIPELINE[at + 1] ?? null) : null;
};
