import { currentLocale, i18n } from '../i18n/i18n';
import { ApiError, type ApiErrorCode } from '../providers/api-error';
import { readToken } from '../providers/token-store';

const CODES: ApiErrorCode[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL'];

const headers = (): Record<string, string> => {
  const token = readToken();
  return { 'Accept-Language': currentLocale(), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
};

/** The API's `{ code, message }` answer as the app's ApiError. */
const failure = async (response: Response): Promise<ApiError> => {
  const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
  const code = CODES.find((known) => known === body?.code) ?? 'INTERNAL';
  return new ApiError(code, body?.message ?? i18n.t('errors.unknown'));
};

/**
 * Uploads one file to a record (`POST /files/:ownerKind/:ownerId`, multipart), as the record's
 * `category` of file where it sorts them (an application's BUSINESS_LICENSE, …). Throws an ApiError.
 */
export const uploadAttachment = async (
  ownerKind: string,
  ownerId: string,
  file: File,
  category?: string,
): Promise<void> => {
  const body = new FormData();
  body.append('file', file, file.name);
  const query = category ? `?category=${encodeURIComponent(category)}` : '';
  const response = await fetch(`/files/${ownerKind}/${encodeURIComponent(ownerId)}${query}`, {
    method: 'POST',
    headers: headers(),
    body,
  });
  if (!response.ok) throw await failure(response);
};

/** Uploads each file in turn; answers the names that failed, with why. */
export const uploadAll = async (
  ownerKind: string,
  ownerId: string,
  files: readonly File[],
): Promise<{ name: string; reason: string }[]> => {
  const failed: { name: string; reason: string }[] = [];
  for (const file of files) {
    try {
      await uploadAttachment(ownerKind, ownerId, file);
    } catch (error) {
      failed.push({ name: file.name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return failed;
};

/** Downloads a file with the session's token and saves it under its name (a temporary link). */
export const downloadAttachment = async (url: string, name: string): Promise<void> => {
  const response = await fetch(url, { headers: headers() });
  if (!response.ok) throw await failure(response);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
};

export const removeAttachment = async (id: string): Promise<void> => {
  const response = await fetch(`/files/${encodeURIComponent(id)}`, { method: 'DELETE', headers: headers() });
  if (!response.ok) throw await failure(response);
};
