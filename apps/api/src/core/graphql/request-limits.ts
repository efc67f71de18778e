import { GraphQLError, Kind, Lexer, Source, TokenKind, type DocumentNode, type SelectionSetNode } from 'graphql';

/**
 * Limits checked before graphql-js validates a document: its validation (OverlappingFieldsCanBeMerged
 * above all) grows with the square of same-named fields, so a big document costs CPU before any
 * resolver or guard runs. Counting tokens and fields is linear and stops at the limit.
 */
export interface RequestLimits {
  /** Tokens of a document sent without a valid token (the signed-in limit is Mercurius's maxTokens). */
  anonymousTokens: number;
  /** Fields (selections) in one selection set. */
  selectionFields: number;
  /** Fields in the whole document, fragments counted once. */
  documentFields: number;
}

/** Thrown before validation; Mercurius answers it like its own validation errors (HTTP 400). */
export class RequestLimitError extends Error {
  readonly statusCode = 400;
  readonly errors: GraphQLError[];
  constructor(message: string) {
    super(message);
    this.errors = [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })];
  }
}

/** Refuses a document of more than `max` tokens; stops lexing at the limit. */
export function assertTokenCount(source: string, max: number): void {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++count > max) {
        throw new RequestLimitError(
          `Syntax Error: Document contains more than ${max} tokens; sign in to send larger documents.`,
        );
      }
    }
  } catch (error) {
    if (error instanceof RequestLimitError) throw error;
    // A lexing error is the parser's to report, with its position.
  }
}

/** Refuses a document with too many fields in one selection set or in all; iterative. */
export function assertFieldCount(
  document: DocumentNode,
  limits: Pick<RequestLimits, 'selectionFields' | 'documentFields'>,
): void {
  let total = 0;
  const sets: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      sets.push(definition.selectionSet);
    }
  }
  while (sets.length) {
    const set = sets.pop()!;
    if (set.selections.length > limits.selectionFields) {
      throw new RequestLimitError(
        `A selection set holds ${set.selections.length} fields; at most ${limits.selectionFields} are allowed.`,
      );
    }
    total += set.selections.length;
    if (total > limits.documentFields) {
      throw new RequestLimitError(`The document selects more than ${limits.documentFields} fields.`);
    }
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) sets.push(selection.selectionSet);
    }
  }
}
