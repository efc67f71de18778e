import { STORED_FACT_NAMES, type StoredFactName } from '#matching';

/**
 * The profile's stored facts (DESIGN "Fact vocabulary") grouped as the plan thinks of an
 * enterprise: who it is, how it innovates, its finances, its environmental and credit record.
 * Labels live in i18n under `enterprises.facts.<name>`; `kind` says how a fact is typed and shown.
 */
export type FactKind =
  | 'date'
  | 'money'
  | 'person'
  | 'count'
  | 'tce'
  | 'boolean'
  | 'industry'
  | 'segment'
  | 'park'
  | 'tier'
  | 'ownership'
  | 'pollution';

export type FactGroupKey = 'basic' | 'innovation' | 'finance' | 'environment';

export interface FactField {
  name: StoredFactName;
  kind: FactKind;
}

export const FACT_GROUPS: readonly { key: FactGroupKey; facts: readonly FactField[] }[] = [
  {
    key: 'basic',
    facts: [
      { name: 'registeredAt', kind: 'date' },
      { name: 'ownership', kind: 'ownership' },
      { name: 'industry', kind: 'industry' },
      { name: 'chainSegment', kind: 'segment' },
      { name: 'tier', kind: 'tier' },
      { name: 'employees', kind: 'person' },
      { name: 'inZone', kind: 'boolean' },
      { name: 'parkCode', kind: 'park' },
    ],
  },
  {
    key: 'innovation',
    facts: [
      { name: 'techStaff', kind: 'person' },
      { name: 'rdExpense', kind: 'money' },
      { name: 'rdExpense3y', kind: 'money' },
      { name: 'inventionPatents', kind: 'count' },
      { name: 'otherIp', kind: 'count' },
      { name: 'isHighTechCertified', kind: 'boolean' },
    ],
  },
  {
    key: 'finance',
    facts: [
      { name: 'revenue', kind: 'money' },
      { name: 'revenue3y', kind: 'money' },
      { name: 'highTechRevenue', kind: 'money' },
      { name: 'totalAssets', kind: 'money' },
      { name: 'taxPaid', kind: 'money' },
    ],
  },
  {
    key: 'environment',
    facts: [
      { name: 'energyTce', kind: 'tce' },
      { name: 'pollutionCategory', kind: 'pollution' },
      { name: 'seriousDishonesty', kind: 'boolean' },
      { name: 'majorIncidentLastYear', kind: 'boolean' },
    ],
  },
];

export const FACT_KINDS: Readonly<Record<StoredFactName, FactKind>> = Object.fromEntries(
  FACT_GROUPS.flatMap((group) => group.facts.map((fact) => [fact.name, fact.kind])),
) as Record<StoredFactName, FactKind>;

export const isStoredFact = (name: string): name is StoredFactName =>
  (STORED_FACT_NAMES as readonly string[]).includes(name);

export const MONEY_FACTS: readonly StoredFactName[] = STORED_FACT_NAMES.filter((name) => FACT_KINDS[name] === 'money');

export const FACT_SOURCES = ['SELF_DECLARED', 'VERIFIED', 'IMPORTED'] as const;
