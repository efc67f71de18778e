import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '../graphql/types';
import { PERMISSIONS, roleCan, type Action } from './permissions';

/**
 * The client's table must say what the server's role guards say. The guards are read from the
 * API's resolvers as text: above each `@Query` / `@Mutation` method stands `@Roles(Role.X, …)`,
 * `@StaffOnly()`, `@AnyRole()` or `@Public()` (core/auth/roles.decorator.ts).
 */

const ALL: Role[] = ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'];
const GUARDS: Record<string, Role[]> = { StaffOnly: ['ADMIN', 'BUREAU_STAFF'], AnyRole: ALL, Public: ALL };
const API_SOURCES = fileURLToPath(new URL('../../../api/src/', import.meta.url));

const resolverFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return resolverFiles(path);
    return entry.name.endsWith('.resolver.ts') ? [path] : [];
  });

/** Each operation of the API with the roles its guard lets through. */
const serverRoles = (): Map<string, Role[]> => {
  const operations = new Map<string, Role[]>();
  for (const file of resolverFiles(API_SOURCES)) {
    // A piece starts at a member's name line; the decorators of the next member end it.
    const pieces = readFileSync(file, 'utf8').split(/^(?= {2}(?:async\s+)?[a-z]\w*\()/m);
    pieces.forEach((piece, index) => {
      const decorators = pieces[index - 1] ?? '';
      const name = /^ {2}(?:async\s+)?([a-z]\w*)\(/.exec(piece)?.[1];
      if (!name || !/@(Query|Mutation)\(/.test(decorators)) return;
      const guard = [...decorators.matchAll(/@(Roles|StaffOnly|AnyRole|Public)\(([^)]*)\)/g)].at(-1);
      if (!guard) throw new Error(`${file}: ${name} has no role decorator`);
      const [, kind = '', args = ''] = guard;
      const roles =
        kind === 'Roles' ? [...args.matchAll(/Role\.(\w+)/g)].map((match) => match[1] as Role) : GUARDS[kind];
      operations.set(name, roles ?? []);
    });
  }
  return operations;
};

/**
 * What each gate of the client hides or shows: the API operations behind it. A gate's roles are
 * those that may call at least one of them (an enterprise's enterprise list is `myEnterprise`).
 */
const GATES: Record<string, Partial<Record<Action, string[]>>> = {
  plan: { list: ['headlineFigures'] },
  'plan-live': { list: ['planDashboard'] },
  industries: { list: ['industries'], show: ['industries'] },
  parks: { list: ['parks'], show: ['park'], create: ['createPark'], edit: ['updatePark'] },
  'parks-map': { list: ['parks'] },
  enterprises: {
    list: ['enterprises', 'myEnterprise'],
    show: ['enterprise'],
    create: ['importEnterprises'],
    edit: ['updateEnterpriseProfile'],
  },
  applications: {
    list: ['applications'],
    show: ['application'],
    create: ['submitApplication'],
    edit: ['reviewApplication', 'decideApplication', 'markMovedIn'],
  },
  allocation: { list: ['proposeAllocation', 'applyAllocation'] },
  policies: {
    list: ['policies'],
    show: ['policy'],
    create: ['createPolicy'],
    edit: ['updatePolicy', 'publishPolicy', 'retirePolicy'],
  },
  leads: {
    list: ['leads', 'pipelineSummary'],
    show: ['lead', 'leadDuplicates'],
    create: ['createLead'],
    edit: ['updateLead', 'moveLeadStage', 'logLeadActivity'],
  },
  matching: { list: ['policyMatches'], show: ['matchRun'] },
  'my-policies': { list: ['myEnterprise'] },
  users: {
    list: ['users'],
    show: ['users'],
    create: ['createUser'],
    edit: ['unlockUser', 'updateUser', 'resetUserPassword'],
  },
  audit: { list: ['auditLog'] },
  jobs: { list: ['jobsOverview', 'demoDataLoad'] },
  notifications: { list: ['notifications'] },
  // `requests` and `request` answer every role (each its own): the pages are gated by what only one side may do
  'my-requests': { list: ['fileRequest'], show: ['rateRequest'], create: ['fileRequest'] },
  requests: {
    list: ['assignRequest', 'resolveRequest', 'closeRequest'],
    show: ['assignRequest', 'resolveRequest', 'closeRequest'],
    edit: ['assignRequest', 'resolveRequest', 'closeRequest'],
  },
  pipeline: { list: ['pipelineSummary'] },
  incubation: {
    list: ['incubationLadder'],
    show: ['incubationCarrier'],
    create: ['recordIncubationEntry'],
    edit: ['recordIncubationGraduation', 'recordIncubationLeaving'],
  },
  land: { list: ['landPlots', 'idleLandSeries'], create: ['recordLandPlot'], edit: ['moveLandPlot', 'updateLandPlot'] },
};

/** Operations the client already gates whose resolvers other branches are adding (checked once they exist). */
const NOT_IN_THE_API_YET = new Set(['policyMatches', 'matchRun']);

const sorted = (roles: Iterable<Role>): Role[] => [...new Set(roles)].sort();

describe('the client permissions mirror the server', () => {
  const server = serverRoles();

  it('reads the guards of the resolvers', () => {
    expect(server.get('createPark')).toEqual(['ADMIN']);
    expect(server.get('enterprises')).toEqual(['ADMIN', 'BUREAU_STAFF']);
    expect(server.get('me')).toEqual(ALL);
    expect(server.size).toBeGreaterThan(30);
  });

  it('names the operations behind every gate of the client', () => {
    const gates = Object.entries(PERMISSIONS).flatMap(([resource, actions]) =>
      Object.keys(actions).map((action) => `${resource}.${action}`),
    );
    const mapped = Object.entries(GATES).flatMap(([resource, actions]) =>
      Object.keys(actions).map((action) => `${resource}.${action}`),
    );
    expect(mapped.sort()).toEqual(gates.sort());
  });

  it.each(
    Object.entries(GATES).flatMap(([resource, actions]) =>
      Object.entries(actions).map(([action, operations]) => [`${resource}.${action}`, operations] as const),
    ),
  )('%s lets through the roles its operations do', (gate, operations) => {
    const [resource = '', action = ''] = gate.split('.');
    const known = operations.filter((operation) => server.has(operation) || !NOT_IN_THE_API_YET.has(operation));
    for (const operation of known) expect(server.has(operation) ? operation : `${operation} (missing)`).toBe(operation);
    if (known.length === 0) return;
    const expected = sorted(known.flatMap((operation) => server.get(operation) ?? []));
    expect(sorted(ALL.filter((role) => roleCan(role, resource, action)))).toEqual(expected);
  });

  it('denies by default', () => {
    expect(roleCan(undefined, 'parks', 'list')).toBe(false);
    expect(roleCan('ADMIN', 'unknown', 'list')).toBe(false);
    expect(roleCan('ADMIN', 'parks', 'delete')).toBe(false);
    expect(roleCan('ADMIN', 'parks', 'fly')).toBe(false);
  });
});
