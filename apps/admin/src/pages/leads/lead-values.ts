import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type {
  CreateLeadInput,
  LeadFieldsFragment,
  LeadSource,
  LeadTargetFlag,
  Ownership,
  UpdateLeadInput,
} from '../../gql/graphql';
import { changedFields, wanToYuan, yuanToWanInput } from '../enterprises/form-values';

export interface ContactValues {
  name?: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
}

/** What the lead form holds: money in 万元, dates as Dayjs, as the paper form reads. */
export interface LeadFormValues {
  companyName?: string;
  uscc?: string | null;
  origin?: string | null;
  ownership?: Ownership | null;
  targetFlags?: LeadTargetFlag[];
  source?: LeadSource;
  sourceDetail?: string | null;
  industryCode?: string | null;
  chainSegment?: string | null;
  summary?: string | null;
  plannedInvestment?: number | null;
  jobs?: number | null;
  expectedAnnualTax?: number | null;
  landMu?: number | null;
  floorSqm?: number | null;
  targetParkId?: string | null;
  ownerId?: string | null;
  probability?: number | null;
  expectedSigningDate?: Dayjs | null;
  nextAction?: string | null;
  nextActionDate?: Dayjs | null;
  tags?: string[];
  signedOn?: Dayjs | null;
  contractedInvestment?: number | null;
  contractedJobs?: number | null;
  contractedAnnualTax?: number | null;
  constructionStartedOn?: Dayjs | null;
  operatingSince?: Dayjs | null;
  contacts?: ContactValues[];
}

const MONEY = ['plannedInvestment', 'expectedAnnualTax', 'contractedInvestment', 'contractedAnnualTax'] as const;
const DATES = ['expectedSigningDate', 'nextActionDate', 'signedOn', 'constructionStartedOn', 'operatingSince'] as const;
const TEXTS = ['uscc', 'origin', 'sourceDetail', 'nextAction'] as const;

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Form values → the API's input: 万元 → yuan, Dayjs → YYYY-MM-DD, blank → null (a missing fact). */
export const toLeadInput = (values: LeadFormValues): Omit<UpdateLeadInput, 'source'> & { source?: LeadSource } => {
  const input: Record<string, unknown> = { ...values };
  for (const key of MONEY) if (key in values) input[key] = wanToYuan(values[key]);
  for (const key of DATES) if (key in values) input[key] = values[key] ? values[key].format('YYYY-MM-DD') : null;
  for (const key of TEXTS) if (key in values) input[key] = blankToNull(values[key]);
  if ('companyName' in values) input.companyName = values.companyName?.trim() ?? '';
  if ('summary' in values) input.summary = values.summary?.trim() ?? '';
  if ('contacts' in values) {
    input.contacts = (values.contacts ?? [])
      .filter((contact) => contact.name?.trim())
      .map((contact) => ({
        name: contact.name!.trim(),
        title: blankToNull(contact.title),
        phone: blankToNull(contact.phone),
        email: blankToNull(contact.email),
      }));
  }
  return input;
};

export const toCreateLeadInput = (values: LeadFormValues, allowDuplicate: boolean): CreateLeadInput => {
  const { source, companyName, ...rest } = toLeadInput(values);
  return { ...rest, companyName: companyName ?? '', source: source ?? 'OTHER', allowDuplicate };
};

const day = (value: string | null | undefined) => (value ? dayjs(value) : null);

/** A saved lead → form values (yuan → 万元, dates → Dayjs). */
export const toLeadFormValues = (lead: LeadFieldsFragment): LeadFormValues => ({
  companyName: lead.companyName,
  uscc: lead.uscc,
  origin: lead.origin,
  ownership: lead.ownership,
  targetFlags: lead.targetFlags,
  source: lead.source,
  sourceDetail: lead.sourceDetail,
  industryCode: lead.industryCode,
  chainSegment: lead.chainSegment,
  summary: lead.summary,
  plannedInvestment: yuanToWanInput(lead.plannedInvestment),
  jobs: lead.jobs,
  expectedAnnualTax: yuanToWanInput(lead.expectedAnnualTax),
  landMu: lead.landMu,
  floorSqm: lead.floorSqm,
  targetParkId: lead.targetParkId,
  ownerId: lead.ownerId,
  probability: lead.probability,
  expectedSigningDate: day(lead.expectedSigningDate),
  nextAction: lead.nextAction,
  nextActionDate: day(lead.nextActionDate),
  tags: lead.tags,
  signedOn: day(lead.signedOn),
  contractedInvestment: yuanToWanInput(lead.contractedInvestment),
  contractedJobs: lead.contractedJobs,
  contractedAnnualTax: yuanToWanInput(lead.contractedAnnualTax),
  constructionStartedOn: day(lead.constructionStartedOn),
  operatingSince: day(lead.operatingSince),
  contacts: lead.contacts.map(({ name, title, phone, email }) => ({ name, title, phone, email })),
});

/** Only what the user changed, as the API's update input (a Dayjs compares by its day). */
export const changedLeadInput = (initial: LeadFormValues, values: LeadFormValues): UpdateLeadInput => {
  const plain = (v: LeadFormValues) =>
    Object.fromEntries(
      Object.entries(v).map(([key, value]) => [key, dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : value]),
    );
  const changed = changedFields(plain(initial), plain(values));
  const picked = Object.fromEntries(Object.keys(changed).map((key) => [key, values[key as keyof LeadFormValues]]));
  return toLeadInput(picked as LeadFormValues);
};

/** The field a stage rule names (`plannedInvestment`, `input.targetParkId`) as the form's field name. */
export const REQUIRED_FIELDS = [
  'plannedInvestment',
  'targetParkId',
  'signedOn',
  'contractedInvestment',
  'contractedJobs',
  'contractedAnnualTax',
  'uscc',
  'constructionStartedOn',
  'operatingSince',
] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

export const isRequiredField = (name: string): name is RequiredField =>
  (REQUIRED_FIELDS as readonly string[]).includes(name);
