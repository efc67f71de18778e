import type { ExecutionResult, GraphQLError } from 'graphql';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * GraphQL over HTTP: which media type answers, and whether the legacy `application/json` rules
 * apply. A client that asks for application/graphql-response+json (at least as much as for JSON)
 * gets it, with 4xx for requests that cannot run. A client that names only application/json gets
 * the legacy answer: 200 even when the document does not parse or validate. Without an Accept
 * header, or with `*` / `*`, the body is application/json and such a request still answers 400, as
 * this API always did (and as the limits promise).
 */
export function negotiateGraphqlMedia(accept: string | undefined): { graphqlResponse: boolean; legacyJson: boolean } {
  if (!accept) return { graphqlResponse: false, legacyJson: false };
  let graphqlQ = -1;
  let jsonQ = -1;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    if (type.trim() === GRAPHQL_RESPONSE_JSON) graphqlQ = Math.max(graphqlQ, q);
    if (type.trim() === 'application/json') jsonQ = Math.max(jsonQ, q);
  }
  if (graphqlQ >= 0 && graphqlQ >= jsonQ) return { graphqlResponse: true, legacyJson: false };
  return { graphqlResponse: false, legacyJson: jsonQ >= 0 };
}

type Failure = GraphQLError & { originalError?: (Error & { statusCode?: unknown; errors?: unknown }) | null };

// By name, not instanceof: a rule package may load graphql's CommonJS build, whose class differs.
const isGraphqlError = (value: unknown): boolean => value instanceof Error && value.name === 'GraphQLError';

/** The status Mercurius would give: the failing step's own (413, 415, 429 …) when nothing ran. */
function statusOfFailure(execution: ExecutionResult): number {
  if (execution.data) return 200;
  const errors = (execution.errors ?? []) as Failure[];
  const own = errors.length === 1 ? errors[0].originalError?.statusCode : undefined;
  return typeof own === 'number' ? own : 200;
}

/**
 * A request error: nothing was executed (no `data`, no error with a path). It is a document error
 * when the document did not parse, validate or coerce its variables (a GraphQL error), as opposed to
 * a failure of the HTTP request itself (a body too large, a media type refused, malformed JSON).
 */
export function classifyFailure(execution: ExecutionResult): 'executed' | 'document' | 'http' {
  const errors = (execution.errors ?? []) as Failure[];
  if (execution.data !== undefined && execution.data !== null) return 'executed';
  if (errors.some((error) => error.path)) return 'executed';
  const causes = errors.flatMap((error) => {
    const inner = error.originalError?.errors;
    return Array.isArray(inner) ? inner : [error.originalError ?? error];
  });
  return causes.every(isGraphqlError) ? 'document' : 'http';
}

export function responseStatus(execution: ExecutionResult, accept: string | undefined): number {
  const status = statusOfFailure(execution);
  const kind = classifyFailure(execution);
  if (kind === 'executed') return status;
  if (kind === 'document') return negotiateGraphqlMedia(accept).legacyJson ? 200 : 400;
  return status >= 400 ? status : 400;
}
