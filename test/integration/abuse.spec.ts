import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * Issue 10, "Abuse": each limit on a GraphQL request refuses it before any resolver runs. Every
 * over-limit document carries a mutation that would leave a trace (a park created, an enterprise
 * registered); the same document under the limit does leave it, over the limit it leaves none.
 */

const BODY_LIMIT = 65_536;
let api: TestApp;
let admin: string;
let seq = 0;

beforeAll(async () => {
  api = await startTestApp({ redis: false, env: { BODY_LIMIT_BYTES: String(BODY_LIMIT) } });
  admin = await api.adminToken();
});
afterAll(() => api?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en-US', ...headers },
    body,
  });

const nextCode = () => `ABUSE_${++seq}_${Math.random().toString(36).slice(2, 7).toUpperCase()}`;

/** A createPark call whose input is written into the document (tokens count there, not in variables). */
const createPark = (code: string, servedTiers = 0) =>
  `createPark(input: { code: "${code}", name: "滥用测试${code}", nameEn: "Abuse ${code}", kind: INDUSTRIAL_PARK,
    lng: 87.6, lat: 43.8, servedTiers: [${'TECH_SME '.repeat(servedTiers)}] })`;

const parksCreated = async (codes: string[]) =>
  Number((await api.dataSource.query('SELECT count(*) AS n FROM parks WHERE code = ANY($1)', [codes]))[0].n);

const registration = () => {
  const uscc = nextUscc();
  return {
    uscc,
    name: `滥用测试企业${uscc}`,
    email: `abuse-${uscc.toLowerCase()}@test.local`,
    password: 'a-long-test-password',
  };
};
const registered = async (uscc: string) =>
  Number((await api.dataSource.query('SELECT count(*) AS n FROM enterprises WHERE uscc = $1', [uscc]))[0].n);

/** Refused as a client error (HTTP 400, BAD_USER_INPUT) naming the limit, without `data`. */
function expectRefused(result: GqlResult, message: RegExp) {
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(result.errors![0].message).toMatch(message);
}

/** A document that leaves `traces` records behind when it runs; `created` counts them. */
interface Attempt {
  document: string;
  variables?: Record<string, unknown>;
  traces: number;
  created: () => Promise<number>;
}

/** Under the limit the document runs and leaves its traces; over it, refused with none left. */
async function underAndOver(build: (size: number) => Attempt, under: number, over: number, message: RegExp) {
  const small = build(under);
  const accepted = await api.gql(small.document, small.variables, { token: admin });
  expect(accepted.errors).toBeUndefined();
  expect(await small.created()).toBe(small.traces);
  const big = build(over);
  expectRefused(await api.gql(big.document, big.variables, { token: admin }), message);
  expect(await big.created()).toBe(0);
}

/** Parks, one per code, made by `document(codes)`. */
const parks = (codes: string[], document: string): Attempt => ({
  document,
  traces: codes.length,
  created: () => parksCreated(codes),
});

/** One park, its selection from `selection(size)`. */
const onePark =
  (selection: (size: number) => string) =>
  (size: number): Attempt => {
    const code = nextCode();
    return parks([code], `mutation { ${createPark(code)} { ${selection(size)} } }`);
  };

/** An enterprise's sign-up, its answer selecting `selection`. */
const signUp = (selection: string): Attempt => {
  const input = registration();
  return {
    document: `mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { ${selection} } }`,
    variables: { input },
    traces: 1,
    created: () => registered(input.uscc),
  };
};

describe('GraphQL limits refuse a request before any resolver runs', () => {
  it('depth (10)', async () => {
    const nested = onePark((levels) => `id ${'parent { '.repeat(levels)}id${' }'.repeat(levels)}`);
    await underAndOver(nested, 3, 12, /depth limit of 10/i);
  });

  it('aliases (15)', async () => {
    const aliased = (size: number) => {
      const codes = Array.from({ length: size }, nextCode);
      return parks(codes, `mutation { ${codes.map((code, i) => `p${i}: ${createPark(code)} { id }`).join(' ')} }`);
    };
    await underAndOver(aliased, 2, 16, /aliases limit of 15/i);
  });

  it('directives (20)', async () => {
    const directed = onePark(
      (size) => `id ${Array.from({ length: size }, () => 'code @include(if: true) @skip(if: false)').join(' ')}`,
    );
    await underAndOver(directed, 2, 11, /directives limit of 20/i);
  });

  it('tokens (5,000 signed in)', async () => {
    const padded = (size: number) => {
      const code = nextCode();
      return parks([code], `mutation { ${createPark(code, size)} { id } }`);
    };
    await underAndOver(padded, 100, 5_000, /5000 tokens/);
  });

  it('fields in one selection set (100) and in the document (500)', async () => {
    await underAndOver(
      onePark((size) => 'id '.repeat(size)),
      100,
      101,
      /at most 100/,
    );
    // 90 fields a level: each set within 100, the whole over 500 from the sixth level on.
    const level = (depth: number): string => `${'id '.repeat(90)}${depth ? `parent { ${level(depth - 1)} }` : ''}`;
    const levels = onePark(level);
    await underAndOver(levels, 4, 5, /more than 500 fields/);
    // Counted before validation, whose cost grows with the square of same-named fields: refused at once.
    const started = Date.now();
    expectRefused(await api.gql(`{ ${'__typename '.repeat(101)}}`), /at most 100/);
    expectRefused(await api.gql(`{ ${'me { id } '.repeat(101)}}`, {}, { token: admin }), /at most 100/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('cost (20,000)', async () => {
    // A page size multiplies the cost of what it selects: two pages of 100 history rows cost ~35,000.
    const page = (first: number, alias: string) =>
      `${alias}: history(first: ${first}) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id at fact kind source before after actorId actorName actorRole } } }`;
    const costly = (first: number) => signUp(`user { enterprise { ${page(first, 'h1')} ${page(first, 'h2')} } }`);
    await underAndOver(costly, 1, 100, /cost limit of 20000/i);
  });

  it('batching: a JSON array of operations is refused whole', async () => {
    const codes = [nextCode(), nextCode()];
    const batch = codes.map((code) => ({ query: `mutation { ${createPark(code)} { id } }` }));
    const response = await post(JSON.stringify(batch), { authorization: `Bearer ${admin}` });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Record<string, any>;
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.data).toBeUndefined();
    expect(await parksCreated(codes)).toBe(0);
  });
});

describe('HTTP limits refuse a request before GraphQL sees it', () => {
  it('a body over BODY_LIMIT_BYTES answers 413 PAYLOAD_TOO_LARGE, not INTERNAL', async () => {
    const send = async (padding: number) => {
      const code = nextCode();
      const body = JSON.stringify({
        query: `mutation { ${createPark(code)} { id } }`,
        variables: { pad: 'x'.repeat(padding) },
      });
      return { response: await post(body, { authorization: `Bearer ${admin}` }), code };
    };
    const small = await send(100);
    expect(small.response.status).toBe(200);
    expect(await parksCreated([small.code])).toBe(1);
    const big = await send(BODY_LIMIT);
    expect(big.response.status).toBe(413);
    const body = (await big.response.json()) as Record<string, any>;
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.data).toBeUndefined();
    expect(await parksCreated([big.code])).toBe(0);
  });
});

describe('anonymous limits', () => {
  // ~1,100 tokens: within the signed-in limit (5,000), over the anonymous one (1,000); every other limit kept.
  const history = 'history(first: 1) { totalCount } '.repeat(60);
  const bulky = () => signUp(`user { e1: enterprise { ${history} } e2: enterprise { ${history} } }`);

  it('a document over the anonymous token budget is refused unless signed in', async () => {
    const anonymous = bulky();
    const refused = await api.gql(anonymous.document, anonymous.variables);
    expectRefused(refused, /more than 1000 tokens; sign in/);
    expect(await anonymous.created()).toBe(0);
    const forged = bulky();
    const withBadToken = await api.gql(forged.document, forged.variables, { token: 'not-a-token' });
    expectRefused(withBadToken, /more than 1000 tokens; sign in/);
    expect(await forged.created()).toBe(0);
    const signedIn = bulky();
    const accepted = await api.gql(signedIn.document, signedIn.variables, { token: admin });
    expect(accepted.errors).toBeUndefined();
    expect(await signedIn.created()).toBe(1);
  });

  it('counts the tokens of variable definitions too', async () => {
    // ~1,400 tokens in a default value: refused anonymously; signed in, parsed and validated.
    const ids = Array.from({ length: 1400 }, (_, i) => `"${i}"`).join(' ');
    const query = `query ($ids: [ID!] = [${ids}]) { __typename }`;
    expectRefused(await api.gql(query), /more than 1000 tokens/);
    const signedIn = await api.gql(query, {}, { token: admin });
    expect(signedIn.errors![0].message).toMatch(/never used/);
  });
});
