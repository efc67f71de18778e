import { describe, expect, it } from '@jest/globals';
import { notificationTarget } from './notification-target';

describe('notificationTarget', () => {
  it('opens what the notification is about', () => {
    expect(notificationTarget({ applicationId: 'a1', status: 'APPROVED', parkId: 'p' }, 'ENTERPRISE')).toBe(
      '/applications/a1',
    );
    expect(notificationTarget({ policyId: 'p1', enterpriseId: 'e1', benefit: 5 }, 'ENTERPRISE')).toBe('/policies/p1');
    expect(notificationTarget({ runId: 'r1', policyId: 'p1' }, 'ADMIN')).toBe('/policies/p1');
    expect(notificationTarget({ enterpriseId: 'e1' }, 'BUREAU_STAFF')).toBe('/enterprises/e1');
  });

  it('sends each side to its own page of a request', () => {
    expect(notificationTarget({ requestId: 'q1' }, 'ENTERPRISE')).toBe('/my-requests/q1');
    expect(notificationTarget({ requestId: 'q1' }, 'BUREAU_STAFF')).toBe('/requests/q1');
  });

  it('links nowhere without an id it knows', () => {
    expect(notificationTarget(null, 'ADMIN')).toBeNull();
    expect(notificationTarget({ applicationId: '' }, 'ADMIN')).toBeNull();
    expect(notificationTarget({ something: 'x' }, 'ADMIN')).toBeNull();
  });
});
