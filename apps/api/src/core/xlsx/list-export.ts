import { randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { localize } from '#matching';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import type { LocalizedText } from '../errors/app-error.js';
import type { Locale } from '../errors/locale.js';
import { MAX_PAGE_SIZE, type Connection } from '../graphql/pagination.js';
import { streamSheet, type XlsxColumn } from './xlsx-writer.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Money as 万元 in a file (yuan in the database). */
export const WAN = { zh: '万元', en: '10k yuan' } as const;
export const MU = { zh: '亩', en: 'mu' } as const;
export const SQM = { zh: 'm²', en: 'm²' } as const;
export const WAN_FORMAT = '#,##0.####';

/** One column of a list export: its header (label and unit, in the caller's language) and its cell. */
export interface ListColumn<R> {
  label: LocalizedText;
  unit?: LocalizedText;
  width?: number;
  numFmt?: string;
  value(row: R, locale: Locale): unknown;
}

/** A label map for codes: the code's label in the caller's language, the code itself when unknown. */
export type CodeLabels = Readonly<Record<string, LocalizedText>>;

export const labelOf = (labels: CodeLabels, code: string | null | undefined, locale: Locale): string | null =>
  code === null || code === undefined ? null : labels[code] ? localize(labels[code], locale) : code;

/** Yuan → 万元, rounded to the yuan's last digit that matters (null stays empty). */
export const toWan = (yuan: number | null | undefined): number | null =>
  yuan === null || yuan === undefined ? null : Math.round((Number(yuan) / 10_000) * 1e6) / 1e6;

/** A column: label in both languages, its cell, and optionally a unit shown in the header. */
export function column<R>(
  zh: string,
  en: string,
  value: (row: R, locale: Locale) => unknown,
  options: { unit?: LocalizedText; width?: number; numFmt?: string } = {},
): ListColumn<R> {
  return { label: { zh, en }, value, ...options };
}

/** The header of a column in a language: 计划投资额（万元）, Planned investment (10k yuan). */
export function headerText(label: LocalizedText, unit: LocalizedText | undefined, locale: Locale): string {
  const name = localize(label, locale);
  if (!unit) return name;
  return locale === 'en-US' ? `${name} (${unit.en})` : `${name}（${unit.zh}）`;
}

export interface ListExportSpec<R> {
  /** The sheet's name and the file's name stem, e.g. 企业名录 / Enterprises. */
  title: LocalizedText;
  /** The file's ASCII name stem, e.g. "enterprises". */
  slug: string;
  /** The audit row: `<entity>.export` with the filter. */
  entity: string;
  filter: object;
  /** A list of one record (a policy's qualifiers): the audit row names it, and the file leads with it. */
  of?: { action: string; entityId: string; after: object; fileStem: string };
  columns: readonly ListColumn<R>[];
  pages: AsyncIterable<readonly R[]>;
}

export interface ListExportFile {
  name: string;
  asciiName: string;
  stream: Readable;
}

const logger = new Logger('ListExport');

/**
 * Records who exports what (an audit row `<entity>.export` with the filter, in its own transaction),
 * then streams the list as one sheet while it is read (page by page, with backpressure: see
 * `streamSheet`). The caller has checked the filter and the caller's right to the list.
 */
export async function openListExport<R>(
  dataSource: DataSource,
  audit: AuditService,
  actor: Actor,
  spec: ListExportSpec<R>,
): Promise<ListExportFile> {
  await dataSource.transaction((manager) =>
    audit.record(manager, actor, {
      action: spec.of?.action ?? `${spec.entity.charAt(0).toLowerCase()}${spec.entity.slice(1)}.export`,
      entity: spec.entity,
      entityId: spec.of?.entityId ?? randomUUID(),
      after: spec.of?.after ?? { filter: { ...spec.filter } },
    }),
  );
  const locale = actor.locale;
  const title = localize(spec.title, locale);
  const columns: XlsxColumn[] = spec.columns.map((c) => ({
    header: headerText(c.label, c.unit, locale),
    width: c.width,
    numFmt: c.numFmt,
  }));
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  const stream = new PassThrough();
  const rows = async function* () {
    for await (const page of spec.pages) yield page.map((row) => spec.columns.map((c) => c.value(row, locale)));
  };
  streamSheet(stream, title.slice(0, 31), columns, rows()).catch((error: unknown) => {
    logger.error({ err: error, list: spec.slug }, 'list export failed mid-stream');
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const stem = spec.of ? `${spec.of.fileStem}-` : '';
  return { name: `${stem}${title}-${day}.xlsx`, asciiName: `${stem}${spec.slug}-${day}.xlsx`, stream };
}

/** Sends an export as a download (UTF-8 file name with an ASCII stand-in, never cached). */
export async function sendXlsx(reply: FastifyReply, file: ListExportFile): Promise<void> {
  await reply
    .header('content-type', XLSX_TYPE)
    .header(
      'content-disposition',
      `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header('cache-control', 'no-store')
    .send(file.stream);
}

/**
 * A connection-returning list method (the GraphQL list's own filter, visibility and order) read
 * page after page through its cursor, at the largest page size the list allows.
 */
export async function* connectionPages<T>(
  fetch: (first: number, after?: string) => Promise<Connection<T>>,
): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const page = await fetch(MAX_PAGE_SIZE, after);
    const nodes = page.edges.map((edge) => edge.node);
    if (nodes.length) yield nodes;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/** Each page of `pages` turned into rows by `enrich` (e.g. one query for the page's related names). */
export async function* mapPages<T, R>(
  pages: AsyncIterable<readonly T[]>,
  enrich: (page: readonly T[]) => Promise<readonly R[]> | readonly R[],
): AsyncGenerator<readonly R[]> {
  for await (const page of pages) yield await enrich(page);
}

/** 'true' / 'false' of a URL query as booleans (class-transformer `@Transform`). */
export const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** A date of a URL query (ISO-8601) as a Date; anything else is left for the validator to refuse. */
export const queryDate = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string' || value === '') return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
};

/** A list read whole (a short list: parks, policies) as the one page of an export. */
export async function* singlePage<T>(rows: () => Promise<readonly T[]>): AsyncGenerator<readonly T[]> {
  const all = await rows();
  if (all.length) yield all;
}
