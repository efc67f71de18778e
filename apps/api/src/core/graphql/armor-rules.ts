import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  NoSchemaIntrospectionCustomRule,
  type GraphQLError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const GRAPHQL_LIMITS = { depth: 10, aliases: 15, directives: 20, cost: 20_000, tokens: 5_000 };

// Report to the validation context instead of throwing, so a rejected query answers HTTP 400.
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

export function armorRules(production: boolean): ValidationRule[] {
  const rules = [
    maxDepthRule({ n: GRAPHQL_LIMITS.depth, ...report }),
    maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...report }),
    maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, ...report }),
    costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, ...report }),
  ] as unknown as ValidationRule[];
  return production ? [...rules, NoSchemaIntrospectionCustomRule] : rules;
}
