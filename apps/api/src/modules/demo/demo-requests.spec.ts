import { describe, expect, it } from '@jest/globals';
import { addWorkingDays } from '../../core/time/working-days.js';
import { DEMO_ENTERPRISE } from '../enterprises/enterprise-seed.js';
import { nextStatus, type RequestEvent } from '../requests/request-status.js';
import { RequestKind, RequestStatus } from '../requests/request.enums.js';
import { DemoClock } from './demo-clock.js';
import { generateDemoSet } from './demo-generator.js';

const TODAY = '2026-06-15';
const now = new DemoClock(TODAY).at(0, 0);
const set = generateDemoSet({ today: TODAY });
const requests = set.requests;

describe('the sample requests', () => {
  it('are the same for the same seed and day', () => {
    expect(generateDemoSet({ today: TODAY }).requests).toEqual(requests);
  });

  it('come from sample enterprises in the district (and the demo user’s), one subject each', () => {
    const inZone = new Set(set.enterprises.filter((e) => e.inZone).map((e) => e.uscc));
    for (const request of requests)
      expect(inZone.has(request.uscc) || request.uscc === DEMO_ENTERPRISE.uscc).toBe(true);
    expect(requests.filter((r) => r.uscc === DEMO_ENTERPRISE.uscc)).toHaveLength(2);
    const keys = requests.map((r) => `${r.uscc}/${r.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(requests.map((r) => r.kind))).toEqual(new Set(Object.values(RequestKind)));
  });

  it('stand in every status, and their threads lead there by the status rules', () => {
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(Object.values(RequestStatus)));
    for (const request of requests) {
      // Replay the thread: filed OPEN, then each message, resolution and mark.
      let status: RequestStatus | null = RequestStatus.OPEN;
      for (const message of request.messages) {
        const event: RequestEvent = !message.fromBureau
          ? 'ENTERPRISE_MESSAGE'
          : message.internal
            ? 'STAFF_NOTE'
            : 'STAFF_REPLY';
        status = nextStatus(status!, event);
      }
      if (request.resolvedAt) status = nextStatus(status!, 'RESOLVE');
      if (request.plan === 'RATED') status = nextStatus(status!, 'RATE');
      if (request.plan === 'CLOSED_UNRATED') status = nextStatus(status!, 'CLOSE');
      expect({ subject: request.subject, status }).toEqual({ subject: request.subject, status: request.status });
    }
  });

  it('keep their moments in order, before today, with the first answer recorded', () => {
    for (const r of requests) {
      expect(r.responseDueAt).toEqual(addWorkingDays(r.filedAt, 3));
      const moments = [r.filedAt, ...r.messages.map((m) => m.at), ...(r.resolvedAt ? [r.resolvedAt] : [])];
      for (let k = 1; k < moments.length; k += 1) expect(moments[k] > moments[k - 1]).toBe(true);
      expect(moments[moments.length - 1] < now).toBe(true);
      const firstAnswer = r.messages.find((m) => m.fromBureau && !m.internal);
      expect(r.firstAnsweredAt).toEqual(firstAnswer?.at ?? null);
      expect(r.satisfaction === null).toBe(r.plan !== 'RATED');
    }
  });

  it('has overdue ones, internal notes, late answers and marks', () => {
    const overdue = requests.filter((r) => !r.firstAnsweredAt && r.responseDueAt < now);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(requests.some((r) => !r.firstAnsweredAt && r.responseDueAt > now)).toBe(true);
    expect(requests.filter((r) => r.messages.some((m) => m.internal)).length).toBeGreaterThanOrEqual(5);
    expect(requests.some((r) => r.firstAnsweredAt && r.firstAnsweredAt > r.responseDueAt)).toBe(true);
    const marks = requests.flatMap((r) => (r.satisfaction ? [r.satisfaction] : []));
    expect(marks.length).toBeGreaterThanOrEqual(3);
    for (const mark of marks) expect(mark).toBeGreaterThanOrEqual(1);
  });
});
