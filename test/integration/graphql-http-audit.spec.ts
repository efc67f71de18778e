import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The GraphQL-over-HTTP spec's own audit suite (graphql-http), run against the booted API: every
 * MUST and every SHOULD passes. Each audit is one test, so a regression names the rule it breaks.
 */
describe('GraphQL over HTTP audit (graphql-http)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  const audits = serverAudits({ url: () => `${api.url}/graphql`, fetchFn: fetch });
  for (const audit of audits.filter((a) => a.name.startsWith('MUST') || a.name.startsWith('SHOULD'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }
});
