import type { Role } from '../../graphql/types';

const idIn = (data: Record<string, unknown>, key: string): string | null => {
  const value = data[key];
  return typeof value === 'string' && value ? value : null;
};

/**
 * The page a notification is about, from its data: the application, the request (each side has
 * its own page for it), the policy (a match, a deadline, a failed re-match run), else the enterprise.
 */
export const notificationTarget = (data: unknown, role: Role | undefined): string | null => {
  if (typeof data !== 'object' || data === null) return null;
  const fields = data as Record<string, unknown>;
  const applicationId = idIn(fields, 'applicationId');
  if (applicationId) return `/applications/${applicationId}`;
  const requestId = idIn(fields, 'requestId');
  if (requestId) return role === 'ENTERPRISE' ? `/my-requests/${requestId}` : `/requests/${requestId}`;
  const policyId = idIn(fields, 'policyId');
  if (policyId) return `/policies/${policyId}`;
  const enterpriseId = idIn(fields, 'enterpriseId');
  if (enterpriseId) return `/enterprises/${enterpriseId}`;
  return null;
};
