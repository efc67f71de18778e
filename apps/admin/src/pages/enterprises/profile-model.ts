import dayjs, { type Dayjs } from 'dayjs';
import type { FactSource } from './enterprise-fact-source';
import { STORED_FACT_NAMES, type StoredFactName } from '#matching';
import { FACT_KINDS } from './fact-groups';
import { changedFields, wanToYuan, yuanToWanInput } from './form-values';

export type FactValue = string | number | boolean | null;

/** The profile as the API serves it (Enterprise): contact fields, stored facts, their sources. */
export type EnterpriseRecord = {
  id: string;
  uscc: string;
  name: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  address?: string | null;
  version: number;
  updatedAt: string;
  factMeta: readonly { fact: string; source: FactSource; updatedAt: string }[];
} & { [K in StoredFactName]?: FactValue | undefined };

export const CONTACT_FIELDS = ['name', 'contactName', 'contactPhone', 'contactEmail', 'address'] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];

/** A boolean fact in a select: yes / no / not entered. */
export type YesNo = 'yes' | 'no';

/** What the editor holds: money in 万元, dates as Dayjs, booleans as yes/no, missing as undefined. */
export type ProfileFormValues = { [K in ContactField]?: string | null } & {
  [K in StoredFactName]?: string | number | YesNo | Dayjs | null;
};

/** The API's input: only changed fields, money in yuan, a cleared fact as null. */
export type ProfileInput = { [K in ContactField]?: string | null } & { [K in StoredFactName]?: FactValue };

const toForm = (name: StoredFactName, value: FactValue | undefined): ProfileFormValues[StoredFactName] => {
  if (value === null || value === undefined) return undefined;
  switch (FACT_KINDS[name]) {
    case 'money':
      return yuanToWanInput(Number(value));
    case 'date':
      return dayjs(String(value));
    case 'boolean':
      return value ? 'yes' : 'no';
    default:
      return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  }
};

const fromForm = (name: StoredFactName, value: ProfileFormValues[StoredFactName]): FactValue => {
  if (value === null || value === undefined || value === '') return null;
  switch (FACT_KINDS[name]) {
    case 'money':
      return wanToYuan(Number(value));
    case 'date':
      return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : String(value);
    case 'boolean':
      return value === 'yes';
    default:
      return value as FactValue;
  }
};

export const toFormValues = (enterprise: EnterpriseRecord): ProfileFormValues => {
  const values: ProfileFormValues = {};
  for (const field of CONTACT_FIELDS) values[field] = enterprise[field] ?? undefined;
  for (const name of STORED_FACT_NAMES) values[name] = toForm(name, enterprise[name]);
  return values;
};

/** The fields that changed since the form was loaded, as the API takes them. */
export const toProfileInput = (initial: ProfileFormValues, values: ProfileFormValues): ProfileInput => {
  // compare in API units, so 1.50 万元 typed over 1.5 is no change and dates compare as days
  const api = (form: ProfileFormValues): ProfileInput => {
    const input: ProfileInput = {};
    for (const field of CONTACT_FIELDS) {
      const text = form[field]?.trim();
      input[field] = text ? text : null;
    }
    for (const name of STORED_FACT_NAMES) input[name] = fromForm(name, form[name]);
    return input;
  };
  const changed = changedFields(api(initial), api(values));
  // an enterprise name cannot be cleared, only changed
  if (changed.name === null) delete changed.name;
  return changed;
};

export const metaByFact = (enterprise: EnterpriseRecord | undefined) =>
  new Map((enterprise?.factMeta ?? []).map((meta) => [meta.fact, meta]));
