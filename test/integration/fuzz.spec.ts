import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLField } from 'graphql';
import {
  createFuzzFixtures,
  readFuzzReference,
  registerFuzzEnterprise,
  type FuzzFixtures,
} from '../support/fuzz-fixtures.js';
import { mutationAccess, type MutationAccess } from '../support/mutation-roles.js';
import { argumentsArbitrary, operationFor } from '../support/schema-arbitraries.js';
import { changedTables, tableDigester, type TableDigests } from '../support/table-digests.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * Issue 10: every mutation of the schema, fed generated inputs as a role that may call it, never answers
 * INTERNAL (or HTTP 5xx), and a refused call leaves every table as it was. A new mutation is fuzzed without
 * being listed here. More runs or another seed: FUZZ_RUNS=200 FUZZ_SEED=7 npm run test:integration -- --testPathPatterns fuzz.spec
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_010);
/** Each mutation's own seed, from its name: adding a mutation to the schema leaves the others' inputs as they were. */
const seedOf = (name: string): number => [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, SEED);
/** FUZZ_VERBOSE=1 prints per mutation how many calls succeeded and which codes refused the rest. */
const outcomes = process.env.FUZZ_VERBOSE ? new Map<string, Record<string, number>>() : null;

/** The codes of a caller's mistake (the HTTP ones come from the limits in front of GraphQL). */
const CALLER_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  // a body the JSON parser refuses by design: a "__proto__" key (prototype poisoning) is never read
  'MALFORMED_REQUEST',
];

/** Mutations that end the caller's session: after one succeeds, the next run acts as a new account. */
const ENDS_SESSION: Record<string, string> = {
  signOut: 'revokes every token of the caller',
  changePassword: 'revokes the caller’s tokens',
};

/** Mutations that hash or check a password on most calls (argon2: a deliberate ~0.3 s of CPU each): a third of the runs. */
const HASHES_PASSWORD = new Set([
  'login',
  'changePassword',
  'registerEnterprise',
  'createUser',
  'createEnterpriseUser',
]);

/** Tables a refused mutation writes by design. */
const WRITES_WHEN_REFUSED: Record<string, { tables: string[]; reason: string }> = {
  registerEnterprise: {
    tables: ['outbox', 'notifications', 'audit_log'],
    reason: 'sign-up with a registered email is refused neutrally, audited, and the owner gets a SECURITY_NOTICE',
  },
  importEnterprises: {
    tables: ['enterprise_imports'],
    reason: 'a refused file ends its progress record as FAILED, so a page polling it stops',
  },
};

const schema = buildSchema(readFileSync(new URL('../../apps/api/schema.gql', import.meta.url), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[];

let api: TestApp;
let access: Map<string, MutationAccess>;
let staff: { id: string; token: string };
let digest: () => Promise<TableDigests>;
let fixtures: FuzzFixtures;

beforeAll(async () => {
  // Requests come from a forwarded address per mutation, so sign-in lockouts the fuzzer provokes stay its own.
  api = await startTestApp({ redis: false, env: { RATE_LIMIT_MAX: '100000', TRUST_PROXY: '127.0.0.1' } });
  access = mutationAccess(api.app);
  staff = await api.userWithRole('BUREAU_STAFF');
  digest = await tableDigester(api.dataSource);
  // One set of records for the whole file (a set costs seconds): mutations that come later find them moved on.
  fixtures = await createFuzzFixtures(api, 'fuzz', staff, await readFuzzReference(api, staff.token));
}, 60_000);
afterAll(async () => {
  if (outcomes) console.log(JSON.stringify(Object.fromEntries(outcomes), null, 1));
  await api?.close();
});

/** A mutation was refused when it has an error on its own field (or the document's), not only on a selected field. */
const refused = (result: GqlResult, name: string) =>
  result.status >= 400 || (result.errors ?? []).some((e) => !e.path || (e.path.length === 1 && e.path[0] === name));

/** The token of a role; for a mutation that ends the session, a new account's once the last one succeeded. */
function actors(name: string) {
  const own = new Map<string, string>();
  return {
    async tokenFor(role: string | null): Promise<string | null> {
      if (role === null) return null;
      if (ENDS_SESSION[name] && !own.has(role)) {
        const account =
          role === 'ENTERPRISE'
            ? await registerFuzzEnterprise(api, `${name}${own.size}`)
            : await api.userWithRole(role as 'ADMIN' | 'BUREAU_STAFF');
        own.set(role, account.token);
      }
      if (own.has(role)) return own.get(role)!;
      if (role === 'ADMIN') return api.adminToken();
      return role === 'BUREAU_STAFF' ? staff.token : fixtures.enterprise.token;
    },
    succeeded(role: string | null) {
      if (role) own.delete(role);
    },
  };
}

function tally(name: string, result: GqlResult): void {
  if (!outcomes) return;
  const counts = outcomes.get(name) ?? {};
  const error = result.errors?.[0];
  const fields = error?.extensions?.fields?.map((f) => f.field).join(',');
  const outcome = error ? `${error.extensions?.code}${fields ? `(${fields})` : ''}` : 'OK';
  counts[outcome] = (counts[outcome] ?? 0) + 1;
  outcomes.set(name, counts);
}

/** A counterexample a person can read: long strings shortened, with their length and first characters. */
function readable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' && v.length > 80 ? `<${v.length} chars: ${JSON.stringify(v.slice(0, 12))}…>` : v,
  );
}

describe('fuzzing every mutation of the schema', () => {
  it('knows who may call each mutation (a mutation without a role decorator is refused to all)', () => {
    const unreachable = mutations.filter((m) => !access.get(m.name)?.public && !access.get(m.name)?.roles.length);
    expect(unreachable.map((m) => m.name)).toEqual([]);
  });

  it.each(mutations.map((m, index) => [m.name, m, index] as const))(
    '%s: generated inputs never answer INTERNAL and a refusal saves nothing',
    async (name, mutation, index) => {
      const rule = access.get(name)!;
      const roles = rule.public ? fc.constant(null) : fc.constantFrom(...rule.roles);
      const query = operationFor(mutation);
      const headers = { 'x-forwarded-for': `198.51.100.${index % 250}` };
      const accounts = actors(name);
      const result = await fc.check(
        fc.asyncProperty(roles, argumentsArbitrary(mutation, fixtures.hints), async (role, variables) => {
          const token = await accounts.tokenFor(role);
          await api.waitForJobs();
          const before = await digest();
          const result = await api.gql(query, variables, { token, headers });
          tally(name, result);
          const unexpected = (result.errors ?? []).filter((e) => !CALLER_CODES.includes(e.extensions?.code));
          if (result.status >= 500 || unexpected.length) {
            throw new Error(`answered ${result.status}: ${JSON.stringify(unexpected.length ? unexpected : result)}`);
          }
          if (!refused(result, name)) return accounts.succeeded(role);
          await api.waitForJobs();
          const allowed = WRITES_WHEN_REFUSED[name]?.tables ?? [];
          const changed = changedTables(before, await digest()).filter((table) => !allowed.includes(table));
          if (changed.length)
            throw new Error(`refused (${JSON.stringify(result.errors)}) but changed ${changed.join(', ')}`);
        }),
        // Without arguments there is little to vary: one run per role.
        {
          numRuns: !mutation.args.length
            ? rule.roles.length || 1
            : HASHES_PASSWORD.has(name)
              ? Math.ceil(RUNS / 3)
              : RUNS,
          seed: seedOf(name),
        },
      );
      if (result.failed) {
        const [role, variables] = result.counterexample ?? [];
        throw new Error(
          `${name} as ${role ?? 'anonymous'} with ${readable(variables)}\n` +
            `${(result.errorInstance as Error | undefined)?.message}\n` +
            `(seed ${result.seed}, path ${result.counterexamplePath}, shrunk ${result.numShrinks} times)`,
        );
      }
    },
    120_000,
  );
});
