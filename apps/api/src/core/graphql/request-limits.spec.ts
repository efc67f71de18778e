import { describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { assertFieldCount, assertTokenCount, RequestLimitError } from './request-limits.js';

const limits = { selectionFields: 5, documentFields: 12 };

describe('request limits checked before validation', () => {
  it('counts tokens up to the limit and refuses one more', () => {
    expect(() => assertTokenCount('{ a b c }', 5)).not.toThrow(); // { a b c } = 5 tokens
    expect(() => assertTokenCount('{ a b c d }', 5)).toThrow(RequestLimitError);
    expect(() => assertTokenCount('{ a b c d }', 5)).toThrow(/more than 5 tokens/);
  });

  it('leaves lexing errors to the parser', () => {
    expect(() => assertTokenCount('{ a "unterminated', 50)).not.toThrow();
  });

  it('refuses too many fields in one selection set, same-named ones included', () => {
    expect(() => assertFieldCount(parse('{ a a a a a }'), limits)).not.toThrow();
    expect(() => assertFieldCount(parse('{ a a a a a a }'), limits)).toThrow(/6 fields; at most 5/);
  });

  it('refuses too many fields in the whole document, nested and in fragments', () => {
    expect(() => assertFieldCount(parse('{ a { b c d } e { f g h } }'), limits)).not.toThrow();
    const spread = parse('{ a { ...F } b { ...F } c { ...F } } fragment F on T { x y z w }');
    expect(() => assertFieldCount(spread, limits)).not.toThrow(); // 3 + 3 + 4: a fragment counts once
    expect(() => assertFieldCount(parse('{ a { b c d e } f { g h i j } k { l m n o } }'), limits)).toThrow(
      /more than 12 fields/,
    );
  });

  it('reports as a validation error of the document (HTTP 400)', () => {
    try {
      assertTokenCount('{ a b c d }', 2);
    } catch (error) {
      expect((error as RequestLimitError).statusCode).toBe(400);
      expect((error as RequestLimitError).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect.assertions(2);
  });
});
