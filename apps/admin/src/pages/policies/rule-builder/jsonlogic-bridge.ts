import { FACTS, isFactName } from '#matching';
import { formatQuery, type RuleGroupType, type RuleGroupTypeAny, type RuleType } from 'react-querybuilder';
import { parseJsonLogic } from 'react-querybuilder/parseJsonLogic';
import { IncompleteRule, unchosenConditions } from './rule-values';

/**
 * Between the policy's criteria (JsonLogic, what the API stores) and react-querybuilder's query
 * (what the builder edits). The builder covers comparisons, `in`, between, "entered or not" and
 * and/or/not groups; a rule it cannot show exactly (if, arithmetic, a fact compared with a fact)
 * stays in the raw JSON editor, so nothing is lost on a round trip.
 */

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const single = (node: Json): [string, Json] | null => {
  if (!isObject(node)) return null;
  const keys = Object.keys(node);
  return keys.length === 1 ? [keys[0] as string, node[keys[0] as string]] : null;
};

const varOf = (node: Json): string | null => {
  const entry = single(node);
  if (!entry || entry[0] !== 'var') return null;
  const [, arg] = entry;
  if (typeof arg === 'string') return arg;
  if (Array.isArray(arg) && arg.length === 1 && typeof arg[0] === 'string') return arg[0];
  return null;
};

const isBooleanFact = (name: string | null): name is string =>
  name !== null && isFactName(name) && FACTS[name].type === 'boolean';

/**
 * Rewrites the shorthands the builder has no row for into its own comparisons, keeping their
 * meaning: `!x` and `x` over a boolean fact become `x == false` / `x == true`.
 */
export const canonicalRule = (node: Json): Json => {
  const entry = single(node);
  if (!entry) return node;
  const [op, arg] = entry;
  const name = varOf(node);
  if (isBooleanFact(name)) return { '==': [{ var: name }, true] };
  if (op === '!' || op === '!!') {
    const inner = Array.isArray(arg) && arg.length === 1 ? arg[0] : arg;
    const innerVar = varOf(inner);
    if (isBooleanFact(innerVar)) return { '==': [{ var: innerVar }, op === '!!'] };
    return { [op]: canonicalRule(inner) };
  }
  if ((op === 'and' || op === 'or') && Array.isArray(arg)) return { [op]: arg.map(canonicalRule) };
  return node;
};

/** The value a fact's comparison should carry: numbers as numbers, booleans as booleans. */
const coerce = (fact: string | null, value: Json): Json => {
  if (fact === null || !isFactName(fact)) return value;
  const { type } = FACTS[fact];
  if (Array.isArray(value)) return value.map((item) => coerce(fact, item));
  if (type === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
};

const coerceRule = (node: Json): Json => {
  const entry = single(node);
  if (!entry) return node;
  const [op, arg] = entry;
  if (op === 'and' || op === 'or') return Array.isArray(arg) ? { [op]: arg.map(coerceRule) } : node;
  if (op === '!' || op === '!!') return { [op]: coerceRule(arg) };
  if (!Array.isArray(arg)) return node;
  const fact = arg.map(varOf).find((name) => name !== null) ?? null;
  return { [op]: arg.map((item) => (varOf(item) !== null ? item : coerce(fact, item))) };
};

/** The builder's query as JsonLogic; an empty query is `true` (no conditions). */
export const queryToRule = (query: RuleGroupTypeAny): Json => {
  if (query.rules.length === 0 && !query.not) return true;
  return coerceRule(formatQuery(query, { format: 'jsonlogic' }));
};

/**
 * What the builder's query means for the form: its JsonLogic once every condition has a chosen
 * value, else an IncompleteRule naming the conditions to finish (never a guessed value).
 */
export const criteriaOf = (query: RuleGroupTypeAny): unknown => {
  const unchosen = unchosenConditions(query);
  const rule = queryToRule(query);
  return unchosen.length > 0
    ? new IncompleteRule(
        rule,
        unchosen.map((item) => item.number),
      )
    : rule;
};

const wrapAnd = (node: Json): Json => {
  const entry = single(node);
  return entry && (entry[0] === 'and' || entry[0] === 'or') ? node : { and: [node] };
};

const sameJson = (a: Json, b: Json): boolean => JSON.stringify(a) === JSON.stringify(b);

const walkRules = (group: RuleGroupTypeAny, visit: (rule: RuleType) => boolean): boolean =>
  group.rules.every((item) => {
    if (typeof item === 'string') return true;
    return 'rules' in item ? walkRules(item, visit) : visit(item);
  });

/** Boolean facts are chosen from 是 / 否 in the builder, i.e. the strings 'true' / 'false'. */
const booleansAsText = (group: RuleGroupType): RuleGroupType => ({
  ...group,
  rules: group.rules.map((item) => {
    if ('rules' in item) return booleansAsText(item);
    if (isBooleanFact(item.field) && typeof item.value === 'boolean') return { ...item, value: String(item.value) };
    return item;
  }),
});

export interface ParsedRule {
  query: RuleGroupType;
  /** Whether the builder shows the rule exactly; if not, it is edited as JSON. */
  exact: boolean;
}

export const EMPTY_QUERY: RuleGroupType = { combinator: 'and', rules: [] };

/** The criteria as a builder query, and whether nothing was lost on the way. */
export const ruleToQuery = (rule: Json): ParsedRule => {
  if (rule === true || rule === null || rule === undefined) return { query: EMPTY_QUERY, exact: true };
  const canonical = canonicalRule(rule);
  let query: RuleGroupType;
  try {
    query = booleansAsText(
      parseJsonLogic(canonical as Parameters<typeof parseJsonLogic>[0], {
        fields: Object.values(FACTS).map((fact) => ({ name: fact.name, value: fact.name, label: fact.name })),
        listsAsArrays: true,
      }),
    );
  } catch {
    return { query: EMPTY_QUERY, exact: false };
  }
  const onlyFacts = walkRules(query, (item) => isFactName(item.field) && item.valueSource !== 'field');
  const exact = onlyFacts && sameJson(wrapAnd(canonical), wrapAnd(queryToRule(query)));
  return { query, exact };
};
