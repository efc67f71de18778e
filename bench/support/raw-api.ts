import http from 'node:http';
import pg from 'pg';

/**
 * The limit the API bench measures against: `node:http` and `pg` with no framework, one statement per
 * request (the best SQL for the page: keyset order on the same index, the related rows joined after
 * the LIMIT), answering the same JSON the GraphQL query answers (`{"data":…}`). No authentication, no
 * validation, no logging. Run as its own process: `node dist/bench/support/raw-api.js` with
 * DATABASE_URL and PORT (prints `listening` when ready). Pool of 10, as the API's.
 *
 *   GET /enterprises?first=50            a page of enterprises with their park and eligible-policy count
 *   GET /leads?stage=LEAD&first=50       one kanban column (the count of the stage as totalCount)
 *   GET /qualifiers?policyId=…&first=50  one policy's matches, largest benefit first, with the enterprise
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const cursor = (v: string | number, id: string) => Buffer.from(JSON.stringify({ v, id })).toString('base64url');

const ENTERPRISES = `
  SELECT e.id, e.uscc, e.name, e.industry, e.tier, e."parkCode", e.cursor, p.id AS "parkId", p.name AS "parkName",
         (SELECT count(*)::int FROM policy_matches m WHERE m."enterpriseId" = e.id AND m.outcome = 'ELIGIBLE') AS eligible
    FROM (SELECT id, uscc, name, industry, tier, "parkCode", "createdAt", "createdAt"::text AS cursor
            FROM enterprises ORDER BY "createdAt" DESC, id DESC LIMIT $1) AS e
    LEFT JOIN parks p ON p.code = e."parkCode"
   ORDER BY e."createdAt" DESC, e.id DESC`;

const LEADS = `
  SELECT l.*, u.name AS "ownerName", p.name AS "parkName", p."nameEn" AS "parkNameEn",
         EXISTS (SELECT 1 FROM lead_aftercare_visits v
                  WHERE v."leadId" = l.id AND v.status = 'PLANNED'
                    AND v."dueOn" < (now() AT TIME ZONE 'Asia/Shanghai')::date) AS "aftercareOverdue",
         (SELECT count(*)::int FROM leads c WHERE c.stage = $1) AS total
    FROM (SELECT id, version, "companyName", stage, "lostFromStage", score, "plannedInvestment", "nextAction",
                 "nextActionDate"::text AS "nextActionDate", "responseDueAt", "firstResponseAt", "commitmentShortfall",
                 "expansionIntent", "atRisk", "ownerId", "industryCode", source, "targetParkId", "createdAt",
                 "createdAt"::text AS cursor
            FROM leads WHERE stage = $1 ORDER BY "createdAt" DESC, id DESC LIMIT $2) AS l
    LEFT JOIN users u ON u.id = l."ownerId"
    LEFT JOIN parks p ON p.id = l."targetParkId"
   ORDER BY l."createdAt" DESC, l.id DESC`;

const QUALIFIERS = `
  SELECT m.id, m."enterpriseId", m.outcome, m.benefit, m."nearMiss", m.gaps, m."missingFacts",
         e.name, e.uscc, e."parkCode"
    FROM (SELECT id, "enterpriseId", outcome, benefit, "nearMiss", gaps, "missingFacts"
            FROM policy_matches WHERE "policyId" = $1 ORDER BY benefit DESC, id DESC LIMIT $2) AS m
    JOIN enterprises e ON e.id = m."enterpriseId"
   ORDER BY m.benefit DESC, m.id DESC`;

function page<R>(rows: R[], first: number, node: (row: R) => unknown, cursorOf: (row: R) => string) {
  const shown = rows.slice(0, first);
  return {
    pageInfo: { hasNextPage: rows.length > first, endCursor: shown.length ? cursorOf(shown[shown.length - 1]) : null },
    edges: shown.map((row) => ({ node: node(row) })),
  };
}

type Row = Record<string, any>;

const chinaToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

async function answer(url: URL): Promise<unknown> {
  const first = Math.min(Math.max(Number(url.searchParams.get('first') ?? 20), 1), 100);
  if (url.pathname === '/enterprises') {
    const { rows } = await pool.query<Row>(ENTERPRISES, [first + 1]);
    return {
      enterprises: page(
        rows,
        first,
        (r) => ({
          id: r.id,
          uscc: r.uscc,
          name: r.name,
          industry: r.industry,
          tier: r.tier,
          parkCode: r.parkCode,
          park: r.parkId ? { id: r.parkId, name: r.parkName } : null,
          eligiblePolicyCount: r.eligible,
        }),
        (r) => cursor(r.cursor, r.id),
      ),
    };
  }
  if (url.pathname === '/leads') {
    const stage = url.searchParams.get('stage') ?? 'LEAD';
    const { rows } = await pool.query<Row>(LEADS, [stage, first + 1]);
    const today = chinaToday();
    const now = Date.now();
    return {
      leads: {
        totalCount: rows[0]?.total ?? 0,
        ...page(
          rows,
          first,
          (r) => ({
            id: r.id,
            version: r.version,
            companyName: r.companyName,
            stage: r.stage,
            lostFromStage: r.lostFromStage,
            score: r.score,
            plannedInvestment: r.plannedInvestment === null ? null : Number(r.plannedInvestment),
            nextAction: r.nextAction,
            nextActionDate: r.nextActionDate,
            overdue: !!r.nextActionDate && r.stage !== 'LOST' && r.nextActionDate < today,
            enquiryOverdue: !!r.responseDueAt && !r.firstResponseAt && r.responseDueAt.getTime() < now,
            commitmentShortfall: r.commitmentShortfall,
            expansionIntent: r.expansionIntent,
            atRisk: r.atRisk,
            aftercareOverdue: r.aftercareOverdue,
            ownerId: r.ownerId,
            ownerName: r.ownerName,
            industryCode: r.industryCode,
            source: r.source,
            targetParkId: r.targetParkId,
            targetPark: r.targetParkId ? { id: r.targetParkId, name: r.parkName, nameEn: r.parkNameEn } : null,
          }),
          (r) => cursor(r.cursor, r.id),
        ),
      },
    };
  }
  if (url.pathname === '/qualifiers') {
    const { rows } = await pool.query<Row>(QUALIFIERS, [url.searchParams.get('policyId'), first + 1]);
    return {
      policyQualifiers: page(
        rows,
        first,
        (r) => ({
          id: r.id,
          enterpriseId: r.enterpriseId,
          outcome: r.outcome,
          benefit: Number(r.benefit),
          nearMiss: r.nearMiss,
          missingFacts: r.missingFacts,
          enterprise: { id: r.enterpriseId, name: r.name, uscc: r.uscc, parkCode: r.parkCode },
        }),
        (r) => cursor(Number(r.benefit), r.id),
      ),
    };
  }
  return null;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  answer(url).then(
    (data) => {
      const body = JSON.stringify({ data });
      res.writeHead(data ? 200 : 404, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    },
    (error: Error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(error.message);
    },
  );
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
