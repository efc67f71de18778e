import { prng } from './measure.js';

// What the simulated users do: the operations of the admin app's busiest pages, with the weights
// a working day might give them. Staff read lists and enterprises' matches and keep leads; an
// enterprise reads its matches, notifications and requests, and files a request now and then.

export interface LoadUser {
  role: 'BUREAU_STAFF' | 'ENTERPRISE';
  token: string;
  /** The user's own enterprise (ENTERPRISE), or null. */
  enterpriseId: string | null;
  /** Staff: the leads this user created, with the version to send on the next update. */
  leads: { id: string; version: number }[];
  random: () => number;
  seq: number;
}

export interface Operation {
  name: string;
  weight: number;
  /** The GraphQL body; null when the user cannot do it now (an update before any create). */
  body(user: LoadUser, world: LoadWorld): { query: string; variables?: Record<string, unknown> } | null;
  /** Reads what the next operations need from a successful answer. */
  after?(user: LoadUser, data: Record<string, any>): void;
}

/** What every user may look at: the demo set's enterprise ids. */
export interface LoadWorld {
  enterpriseIds: string[];
}

const STAGES = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED'];
const REQUEST_KINDS = ['POLICY', 'PERMIT', 'FINANCING', 'TALENT', 'UTILITIES'];
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const ENTERPRISES_PAGE = `query ($first: Int!) { enterprises(first: $first) { totalCount pageInfo { endCursor hasNextPage }
  edges { node { id uscc name industry tier parkCode revenue employees sample updatedAt } } } }`;
const LEADS_COLUMN = `query ($filter: LeadFilter, $first: Int!) { leads(filter: $filter, first: $first) { totalCount
  pageInfo { endCursor hasNextPage } edges { node { id version companyName stage score plannedInvestment nextAction
  nextActionDate overdue ownerId ownerName industryCode source targetPark { id name nameEn } } } } }`;
const POLICY_MATCHES = `query ($enterpriseId: ID!) {
  policyMatchSummary(enterpriseId: $enterpriseId) { totalBenefit eligible needsInfo ineligible nearMisses }
  policyMatches(enterpriseId: $enterpriseId) { outcome benefit missingFacts explanation gapText asOf
    policy { id title titleEn applicationDeadline } } }`;
const REQUESTS_PAGE = `query ($first: Int!) { requests(first: $first) { totalCount
  edges { node { id kind subject status overdue createdAt responseDueAt ownerName enterprise { id name } } } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { totalCount edges { node { id kind title titleEn readAt createdAt } } }
  unreadNotificationCount }`;
const CREATE_LEAD = 'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }';
const UPDATE_LEAD =
  'mutation ($id: ID!, $version: Int!, $input: UpdateLeadInput!) { updateLead(id: $id, version: $version, input: $input) { id version } }';
const FILE_REQUEST = 'mutation ($input: RequestInput!) { fileRequest(input: $input) { id } }';

export const STAFF_OPERATIONS: Operation[] = [
  { name: 'enterprises page', weight: 20, body: () => ({ query: ENTERPRISES_PAGE, variables: { first: 20 } }) },
  {
    name: 'leads kanban column',
    weight: 20,
    body: (user) => ({ query: LEADS_COLUMN, variables: { filter: { stage: pick(user.random, STAGES) }, first: 20 } }),
  },
  {
    name: 'policy matches (staff)',
    weight: 10,
    body: (user, world) => ({
      query: POLICY_MATCHES,
      variables: { enterpriseId: pick(user.random, world.enterpriseIds) },
    }),
  },
  { name: 'requests queue', weight: 10, body: () => ({ query: REQUESTS_PAGE, variables: { first: 20 } }) },
  {
    name: 'createLead',
    weight: 5,
    body: (user) => ({
      query: CREATE_LEAD,
      variables: {
        input: {
          companyName: `负载测试线索${user.seq}-${Math.floor(user.random() * 1e9)}有限公司`,
          source: 'REFERRAL',
          plannedInvestment: 50_000_000,
          jobs: 40,
          allowDuplicate: true,
        },
      },
    }),
    after: (user, data) => user.leads.push(data.createLead),
  },
  {
    name: 'updateLead',
    weight: 5,
    body: (user) => {
      const lead = user.leads.length ? pick(user.random, user.leads) : null;
      if (!lead) return null;
      const input = { nextAction: `回访 ${Math.floor(user.random() * 1000)}`, nextActionDate: '2027-01-15' };
      return { query: UPDATE_LEAD, variables: { id: lead.id, version: lead.version, input } };
    },
    after: (user, data) => {
      const lead = user.leads.find((l) => l.id === data.updateLead.id);
      if (lead) lead.version = data.updateLead.version;
    },
  },
];

export const ENTERPRISE_OPERATIONS: Operation[] = [
  {
    name: 'policy matches (own)',
    weight: 20,
    body: (user) => ({ query: POLICY_MATCHES, variables: { enterpriseId: user.enterpriseId } }),
  },
  { name: 'notifications', weight: 10, body: () => ({ query: NOTIFICATIONS }) },
  { name: 'my requests', weight: 10, body: () => ({ query: REQUESTS_PAGE, variables: { first: 20 } }) },
  { name: 'me', weight: 10, body: () => ({ query: '{ me { id email role enterprise { id name } } }' }) },
  {
    name: 'fileRequest',
    weight: 5,
    body: (user) => ({
      query: FILE_REQUEST,
      variables: {
        input: {
          kind: pick(user.random, REQUEST_KINDS),
          subject: `负载测试诉求 ${user.seq}`,
          body: '我们需要了解相关政策的申报条件和材料清单，请协助。',
        },
      },
    }),
  },
];

/** The next operation of a user, drawn by weight from its role's list with its own seeded generator. */
export function nextOperation(user: LoadUser): Operation {
  const operations = user.role === 'ENTERPRISE' ? ENTERPRISE_OPERATIONS : STAFF_OPERATIONS;
  const total = operations.reduce((sum, op) => sum + op.weight, 0);
  let draw = user.random() * total;
  for (const op of operations) {
    draw -= op.weight;
    if (draw < 0) return op;
  }
  return operations[operations.length - 1];
}

export function newUser(role: LoadUser['role'], token: string, enterpriseId: string | null, seq: number): LoadUser {
  return { role, token, enterpriseId, leads: [], random: prng(1000 + seq), seq };
}
