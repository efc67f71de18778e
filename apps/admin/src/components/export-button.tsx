import { DownloadOutlined } from '@ant-design/icons';
import { useGetIdentity, type CrudFilter } from '@refinedev/core';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';
import type { User } from '../graphql/types';
import { currentLocale, i18n } from '../i18n/i18n';
import { ApiError, errorText, type ApiErrorCode } from '../providers/api-error';
import { toFilterInput } from '../providers/list-variables';
import { readToken } from '../providers/token-store';

const CODES: ApiErrorCode[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL'];
const STAFF: readonly Role[] = ['ADMIN', 'BUREAU_STAFF'];

/** `filename*=UTF-8''…` of a Content-Disposition header, else its plain `filename="…"`. */
const fileNameOf = (header: string | null, fallback: string): string => {
  const encoded = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
};

/** A filter value as a query-string value: dates as ISO-8601, the rest as text. */
const queryValue = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'toISOString' in value && typeof value.toISOString === 'function') {
    return String(value.toISOString());
  }
  return String(value);
};

/**
 * Downloads GET /exports/<list>.xlsx for a filter (the list query's own filter fields as query
 * parameters) with the session's token, in the user's language; throws an ApiError in that language.
 */
export const downloadExport = async (list: string, filter: Record<string, unknown> = {}): Promise<void> => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    const text = queryValue(value);
    if (text !== undefined) query.set(key, text);
  }
  const token = readToken();
  const response = await fetch(`/exports/${list}.xlsx?${query}`, {
    headers: { 'Accept-Language': currentLocale(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    const code = CODES.find((known) => known === body?.code) ?? 'INTERNAL';
    throw new ApiError(code, body?.message ?? i18n.t('errors.unknown'));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), `${list}.xlsx`);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

export interface ExportButtonProps {
  /** The export's name: GET /exports/<list>.xlsx (enterprises, applications, parks, …). */
  list: string;
  /** The list's current filter, as the list query takes it … */
  filter?: Record<string, unknown>;
  /** … or as Refine's table filters (useTable's `filters`). */
  filters?: CrudFilter[];
  /** Who sees the button (the server checks again): staff unless told. */
  roles?: readonly Role[];
}

/** 导出 Excel: the rows matching the list's current filters, as .xlsx, for a list page's header. */
export const ExportButton = ({ list, filter, filters, roles = STAFF }: ExportButtonProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: user } = useGetIdentity<User>();
  const [busy, setBusy] = useState(false);
  if (!user || !roles.includes(user.role)) return null;
  const run = async () => {
    setBusy(true);
    try {
      await downloadExport(list, { ...toFilterInput(filters), ...filter });
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {t('buttons.exportExcel')}
    </Button>
  );
};
