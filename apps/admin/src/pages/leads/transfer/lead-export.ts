import type { LeadFilter } from '../../../gql/graphql';
import { currentLocale, i18n } from '../../../i18n/i18n';
import { ApiError, type ApiErrorCode } from '../../../providers/api-error';
import { readToken } from '../../../providers/token-store';

const CODES: ApiErrorCode[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL'];

/** `filename*=UTF-8''…` of a Content-Disposition header, else its plain `filename="…"`. */
const fileNameOf = (header: string | null, fallback: string): string => {
  const encoded = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
};

/** Saves a Blob under a name through a temporary link. */
export const saveBlob = (blob: Blob, name: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/**
 * Downloads the lead list for a filter as .xlsx: the API streams it from GET /exports/leads.xlsx
 * (the `leads` query's filter as query-string parameters) with the session's token, labelled in
 * the user's language. Throws an ApiError in the user's language.
 */
export const downloadLeads = async (filter: LeadFilter): Promise<void> => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const token = readToken();
  const response = await fetch(`/exports/leads.xlsx?${query}`, {
    headers: { 'Accept-Language': currentLocale(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    const code = CODES.find((known) => known === body?.code) ?? 'INTERNAL';
    throw new ApiError(code, body?.message ?? i18n.t('errors.unknown'));
  }
  saveBlob(await response.blob(), fileNameOf(response.headers.get('content-disposition'), 'leads.xlsx'));
};
