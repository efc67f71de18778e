import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse } from 'graphql';
import { withInputDefaults } from './input-defaults.js';

const schema = buildSchema(`
  input Inner { flag: Boolean! = true, name: String }
  input Outer { level: String! = "DISTRICT", tags: [String!]! = [], inner: Inner, items: [Inner!] }
  type Query { q(input: Outer!): Int }
`);
const document = parse('query ($input: Outer!) { q(input: $input) }');

describe('withInputDefaults', () => {
  it('adds the defaults of absent fields, also in nested objects and lists', () => {
    const result = withInputDefaults(schema, document, { input: { inner: { name: 'a' }, items: [{}] } });
    expect(result).toEqual({
      input: { level: 'DISTRICT', tags: [], inner: { name: 'a', flag: true }, items: [{ flag: true }] },
    });
  });

  it('changes nothing that was given, null included', () => {
    const input = { level: 'NATIONAL', tags: ['x'], inner: null };
    expect(withInputDefaults(schema, document, { input })).toEqual({ input });
  });
});
