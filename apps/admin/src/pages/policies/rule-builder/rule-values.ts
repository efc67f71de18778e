import { FACTS, isFactName } from '#matching';
import type { Path, RuleGroupTypeAny, RuleType } from 'react-querybuilder';

/**
 * Whether each condition of the builder has a value somebody chose. A condition without one is
 * never turned into a rule: no field type defaults to a value (a yes/no fact left on its first
 * option once saved `seriousDishonesty == true`, the opposite of what was meant).
 */

/** How people number conditions: "2" for the second, "2.1" for the first inside the second. */
export const conditionNumber = (path: Path): string => path.map((index) => index + 1).join('.');

const NO_VALUE = new Set(['null', 'notNull']);
const LIST = new Set(['in', 'notIn']);
const RANGE = new Set(['between', 'notBetween']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The value a new condition starts with: nothing (an empty list for "is one of"). */
export const emptyValueFor = (operator: string): string | string[] => (LIST.has(operator) ? [] : '');

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** One value of a fact's comparison, as the builder holds it (strings from its inputs). */
const isChosenScalar = (fact: string, value: unknown): boolean => {
  if (isBlank(value)) return false;
  if (!isFactName(fact)) return true;
  const definition = FACTS[fact];
  switch (definition.type) {
    case 'number':
      return (typeof value === 'number' || typeof value === 'string') && Number.isFinite(Number(value));
    case 'date':
      return typeof value === 'string' && DAY.test(value);
    case 'boolean':
      return value === true || value === false || value === 'true' || value === 'false';
    default:
      return typeof value === 'string' && (!definition.values || definition.values.includes(value));
  }
};

const asList = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value === '' ? [] : value.split(',');
  return [value];
};

/** Whether the condition's value was chosen: all of it, of the fact's type. */
export const hasChosenValue = (rule: Pick<RuleType, 'field' | 'operator' | 'value'>): boolean => {
  const { field, operator, value } = rule;
  if (NO_VALUE.has(operator)) return true;
  if (RANGE.has(operator)) {
    const bounds = asList(value);
    return bounds.length === 2 && bounds.every((bound) => isChosenScalar(field, bound));
  }
  if (LIST.has(operator)) {
    const items = asList(value);
    return items.length > 0 && items.every((item) => isChosenScalar(field, item));
  }
  return isChosenScalar(field, value);
};

/** The ids and numbers of the conditions whose value nobody chose, in the order they are shown. */
export const unchosenConditions = (
  group: RuleGroupTypeAny,
  path: Path = [],
): { id: string | undefined; number: string }[] =>
  group.rules.flatMap((item, index) => {
    if (typeof item === 'string') return [];
    const at = [...path, index];
    if ('rules' in item) return unchosenConditions(item, at);
    return hasChosenValue(item) ? [] : [{ id: item.id, number: conditionNumber(at) }];
  });

/**
 * What the criteria field holds while a condition has no value: the rule so far (for the JSON
 * view) and the conditions to finish. A form validator refuses it, so it is never saved.
 */
export class IncompleteRule {
  constructor(
    /** The JsonLogic of the query as it stands, blanks included. */
    readonly rule: unknown,
    /** The numbers of the conditions without a value ("1", "2.1"). */
    readonly conditions: string[],
  ) {}
}

export const isIncompleteRule = (value: unknown): value is IncompleteRule => value instanceof IncompleteRule;

/** What the builder tells its value editors: whether the form shows the criteria's errors now. */
export interface RuleBuilderContext {
  showErrors: boolean;
}
