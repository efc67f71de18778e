import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import { LeadStage as S } from './lead.enums.js';

/** The pipeline in order; LOST stands aside. */
export const PIPELINE: readonly S[] = [
  S.LEAD,
  S.CONTACTED,
  S.VISITED,
  S.NEGOTIATING,
  S.SIGNED,
  S.REGISTERED,
  S.CONSTRUCTING,
  S.OPERATING,
  S.AFTERCARE,
];

export const STAGE_LABELS: Readonly<Record<S, { zh: string; en: string }>> = {
  [S.LEAD]: { zh: '线索', en: 'lead' },
  [S.CONTACTED]: { zh: '接洽', en: 'contacted' },
  [S.VISITED]: { zh: '考察', en: 'visited' },
  [S.NEGOTIATING]: { zh: '在谈', en: 'negotiating' },
  [S.SIGNED]: { zh: '签约', en: 'signed' },
  [S.REGISTERED]: { zh: '注册', en: 'registered' },
  [S.CONSTRUCTING]: { zh: '开工', en: 'under construction' },
  [S.OPERATING]: { zh: '投产', en: 'operating' },
  [S.AFTERCARE]: { zh: '服务', en: 'aftercare' },
  [S.LOST]: { zh: '流失', en: 'lost' },
};

/** The fields a lead must hold to enter a stage (and every later one). */
export type RequiredField =
  | 'plannedInvestment'
  | 'targetParkId'
  | 'signedOn'
  | 'contractedInvestment'
  | 'contractedJobs'
  | 'contractedAnnualTax'
  | 'uscc'
  | 'constructionStartedOn'
  | 'operatingSince';

export const REQUIRED_FIELD_LABELS: Readonly<Record<RequiredField, { zh: string; en: string }>> = {
  plannedInvestment: { zh: '计划投资额', en: 'planned investment' },
  targetParkId: { zh: '意向园区', en: 'target park' },
  signedOn: { zh: '签约日期', en: 'signing date' },
  contractedInvestment: { zh: '合同投资额', en: 'contracted investment' },
  contractedJobs: { zh: '合同就业人数', en: 'contracted jobs' },
  contractedAnnualTax: { zh: '合同年纳税额', en: 'contracted annual tax' },
  uscc: { zh: '统一社会信用代码', en: 'unified social credit code' },
  constructionStartedOn: { zh: '开工日期', en: 'construction start date' },
  operatingSince: { zh: '投产日期', en: 'production start date' },
};

const ENTRY_REQUIREMENTS: Partial<Record<S, readonly RequiredField[]>> = {
  [S.NEGOTIATING]: ['plannedInvestment', 'targetParkId'],
  [S.SIGNED]: ['signedOn', 'contractedInvestment', 'contractedJobs', 'contractedAnnualTax'],
  [S.REGISTERED]: ['uscc'],
  [S.CONSTRUCTING]: ['constructionStartedOn'],
  [S.OPERATING]: ['operatingSince'],
};

const position = (stage: S) => PIPELINE.indexOf(stage);

/** Every field a lead needs to stand at `stage`: those of that stage and of each one before it. */
export function requirementsOf(stage: S): RequiredField[] {
  if (stage === S.LOST) return [];
  return PIPELINE.slice(0, position(stage) + 1).flatMap((s) => ENTRY_REQUIREMENTS[s] ?? []);
}

/**
 * Where a lead may go. Forward to any later stage (a first contact can be a visit); back only
 * before signing (talks stall, a visit is repeated) — a signed contract is a fact, undone only as
 * LOST. LOST from anywhere; from LOST it reopens at the stage it was lost from or any earlier one.
 */
export function allowedMoves(from: S, lostFrom: S | null): S[] {
  if (from === S.LOST) return PIPELINE.slice(0, position(lostFrom ?? S.LEAD) + 1);
  const at = position(from);
  const forward = PIPELINE.slice(at + 1);
  const back = at <= position(S.NEGOTIATING) ? PIPELINE.slice(0, at) : [];
  return [...back, ...forward, S.LOST];
}

export type LeadValues = Partial<Record<RequiredField, unknown>>;

const missing = (value: unknown) => value === null || value === undefined || value === '';

/**
 * Why a move is refused, one fault per reason: an illegal move names the stages allowed; a move
 * into a stage names each required field the lead lacks; LOST needs a reason.
 */
export function moveFaults(
  lead: LeadValues & { stage: S; lostFromStage: S | null },
  to: S,
  note?: string | null,
): FieldFault[] {
  const label = (s: S) => `“${STAGE_LABELS[s].zh}”`;
  const allowed = allowedMoves(lead.stage, lead.lostFromStage);
  if (!allowed.includes(to)) {
    return [
      fieldFault(
        'stage',
        `不能从${label(lead.stage)}移到${label(to)}，只能移到 ${allowed.map(label).join('、')}`,
        `cannot move from ${lead.stage} to ${to}; allowed: ${allowed.join(', ')}`,
      ),
    ];
  }
  if (to === S.LOST) {
    return missing(note?.trim()) ? [fieldFault('note', '标记为流失需要填写原因', 'a lost lead needs a reason')] : [];
  }
  return requirementsOf(to)
    .filter((field) => missing(lead[field]))
    .map((field) =>
      fieldFault(
        field,
        `进入${label(to)}阶段前需填写${REQUIRED_FIELD_LABELS[field].zh}`,
        `is required before the ${STAGE_LABELS[to].en} stage (${REQUIRED_FIELD_LABELS[field].en})`,
      ),
    );
}
