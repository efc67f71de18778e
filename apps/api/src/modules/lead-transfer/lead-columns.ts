import { INDUSTRIES } from '#plan-data';
import type { LocalizedText } from '../../core/errors/app-error.js';
import { cellText } from '../../core/xlsx/xlsx-reader.js';
import type { XlsxColumn } from '../../core/xlsx/xlsx-writer.js';
import type { Lead } from '../leads/lead.entity.js';
import { codeOf, FLAG_LABELS, labelList, OWNERSHIP_LABELS, SOURCE_LABELS, STAGE_LABELS } from './lead-labels.js';

type Kind =
  | 'text'
  | 'wan' // money: 万元 in the file, yuan in the database
  | 'int'
  | 'number'
  | 'date'
  | 'source'
  | 'ownership'
  | 'flags'
  | 'industry'
  | 'segment'
  | 'park'
  | 'owner'
  | 'tags'
  | 'stage';

/** A lead field as a spreadsheet column; `exportOnly` columns are read back as nothing. */
export interface LeadColumn {
  key: string;
  label: LocalizedText;
  unit?: LocalizedText;
  kind: Kind;
  width: number;
  exportOnly?: boolean;
}

const c = (key: string, zh: string, en: string, kind: Kind, width = 16, unit?: LocalizedText): LeadColumn => ({
  key,
  label: { zh, en },
  kind,
  width,
  unit,
});
const WAN = { zh: '万元', en: '10k yuan' };

/** The columns, in the order of the lead form. */
export const LEAD_COLUMNS: readonly LeadColumn[] = [
  c('companyName', '企业名称', 'Company name', 'text', 32),
  c('uscc', '统一社会信用代码', 'Unified social credit code', 'text', 22),
  c('source', '来源渠道', 'Source channel', 'source', 14),
  c('sourceDetail', '渠道说明', 'Channel detail', 'text', 18),
  c('origin', '来源地（省份或国家）', 'Origin (province or country)', 'text', 16),
  c('ownership', '企业性质', 'Ownership', 'ownership', 10),
  c('targetFlags', '目标企业类型', 'Target type', 'flags', 20),
  c('industryCode', '所属产业', 'Industry', 'industry', 18),
  c('chainSegment', '产业链环节', 'Chain segment', 'segment', 22),
  c('summary', '项目简介', 'Project summary', 'text', 40),
  c('plannedInvestment', '计划投资额', 'Planned investment', 'wan', 14, WAN),
  c('jobs', '就业人数', 'Jobs', 'int', 10),
  c('expectedAnnualTax', '预计年纳税', 'Expected annual tax', 'wan', 14, WAN),
  c('landMu', '用地', 'Land', 'number', 10, { zh: '亩', en: 'mu' }),
  c('floorSqm', '建筑面积', 'Floor space', 'number', 12, { zh: 'm²', en: 'm²' }),
  c('targetParkId', '意向园区', 'Target park', 'park', 20),
  c('ownerId', '负责人', 'Owner', 'owner', 24, { zh: '邮箱', en: 'email' }),
  c('probability', '签约可能性', 'Signing probability', 'int', 10, { zh: '%', en: '%' }),
  c('expectedSigningDate', '预计签约日期', 'Expected signing date', 'date', 14),
  c('nextAction', '下一步行动', 'Next action', 'text', 24),
  c('nextActionDate', '下一步行动日期', 'Next action date', 'date', 14),
  c('tags', '标签', 'Tags', 'tags', 18),
  { ...c('stage', '阶段', 'Stage', 'stage', 10), exportOnly: true },
];

/** The header a column shows in a language: 计划投资额（万元）, Planned investment (10k yuan). */
export function headerOf(column: LeadColumn, locale: 'zh' | 'en'): string {
  const label = column.label[locale];
  if (!column.unit) return label;
  return locale === 'zh' ? `${label}（${column.unit.zh}）` : `${label} (${column.unit.en})`;
}

/** Header text → column: the headers in either language, the bare labels and the field names. */
export const HEADER_COLUMNS: ReadonlyMap<string, LeadColumn> = new Map(
  LEAD_COLUMNS.flatMap((column) =>
    [headerOf(column, 'zh'), headerOf(column, 'en'), column.label.zh, column.label.en, column.key].map(
      (header) => [header.toLowerCase(), column] as const,
    ),
  ),
);

export function xlsxColumns(locale: 'zh' | 'en'): XlsxColumn[] {
  return LEAD_COLUMNS.map((column) => ({
    header: headerOf(column, locale),
    width: column.width,
    numFmt: column.kind === 'wan' ? '#,##0.####' : undefined,
  }));
}

/** What the export writes of a lead, by column. */
export interface ExportNames {
  parkName(id: string): string | undefined;
  ownerEmail(id: string): string | undefined;
}

export function exportCell(column: LeadColumn, lead: Lead, names: ExportNames, locale: 'zh' | 'en'): unknown {
  const value = (lead as unknown as Record<string, unknown>)[column.key];
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'wan':
      return Math.round(((value as number) / 10_000) * 1e6) / 1e6;
    case 'source':
      return SOURCE_LABELS[value as keyof typeof SOURCE_LABELS]?.[locale] ?? value;
    case 'stage':
      return STAGE_LABELS[value as keyof typeof STAGE_LABELS]?.[locale] ?? value;
    case 'ownership':
      return OWNERSHIP_LABELS[value as keyof typeof OWNERSHIP_LABELS]?.[locale] ?? value;
    case 'flags':
      return (
        (value as string[]).map((f) => FLAG_LABELS[f as keyof typeof FLAG_LABELS]?.[locale] ?? f).join('、') || null
      );
    case 'tags':
      return (value as string[]).join('、') || null;
    case 'industry': {
      const industry = INDUSTRIES.find((i) => i.code === value);
      return industry ? (locale === 'zh' ? industry.name : industry.nameEn) : value;
    }
    case 'segment': {
      const segment = INDUSTRIES.flatMap((i) => i.segments).find((s) => s.code === value);
      return segment ? (locale === 'zh' ? segment.name : segment.nameEn) : value;
    }
    case 'park':
      return names.parkName(value as string) ?? null;
    case 'owner':
      return names.ownerEmail(value as string) ?? null;
    default:
      return value;
  }
}

/** How the import finds what a cell names. */
export interface ImportLookups {
  /** A park by code, Chinese or English name (lower case) → id. */
  parks: ReadonlyMap<string, string>;
  /** A staff member's email (lower case) → id; other users are absent. */
  owners: ReadonlyMap<string, string>;
}

export type CellReading = { value: unknown } | { fault: LocalizedText };

const LIST_SEPARATOR = /[、,，;；\n]+/;
const fault = (zh: string, en: string): CellReading => ({ fault: { zh, en } });

/**
 * One cell of an import as the value `createLead` takes (money in yuan, codes for labels, ids for
 * park and owner); `{ value: undefined }` for an empty cell. Range and type rules are left to the
 * lead's own input validation, which runs on the row afterwards.
 */
export function readLeadCell(column: LeadColumn, raw: unknown, lookups: ImportLookups, industry?: string): CellReading {
  const cell = raw instanceof Date ? raw : cellText(raw).trim();
  if (cell === '') return { value: undefined };
  const textValue = cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;
  switch (column.kind) {
    case 'wan':
    case 'int':
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(textValue.replace(/[,，\s]/g, ''));
      if (!Number.isFinite(n)) return fault(`“${textValue}”不是数字`, `'${textValue}' is not a number`);
      return { value: column.kind === 'wan' ? Math.round(n * 10_000 * 100) / 100 : n };
    }
    case 'date': {
      if (cell instanceof Date) return { value: textValue };
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(textValue);
      const day = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
      if (!m || Number.isNaN(Date.parse(day)) || new Date(day).toISOString().slice(0, 10) !== day) {
        return fault(`“${textValue}”不是日期（应为 YYYY-MM-DD）`, `'${textValue}' is not a date (YYYY-MM-DD)`);
      }
      return { value: day };
    }
    case 'source':
      return known(codeOf(SOURCE_LABELS, textValue), textValue, SOURCE_LABELS);
    case 'ownership':
      return known(codeOf(OWNERSHIP_LABELS, textValue), textValue, OWNERSHIP_LABELS);
    case 'flags': {
      const flags = textValue.split(LIST_SEPARATOR).filter((part) => part.trim());
      const codes = flags.map((flag) => codeOf(FLAG_LABELS, flag));
      const bad = flags.filter((_, i) => !codes[i]);
      if (bad.length) return known(undefined, bad.join('、'), FLAG_LABELS);
      return { value: codes };
    }
    case 'tags':
      return { value: textValue.split(LIST_SEPARATOR).filter((part) => part.trim()) };
    case 'industry': {
      const found = INDUSTRIES.find((i) => names(i, textValue));
      if (!found) return fault(`“${textValue}”不是已知的产业`, `'${textValue}' is not a known industry`);
      return { value: found.code };
    }
    case 'segment': {
      const within = INDUSTRIES.filter((i) => !industry || i.code === industry).flatMap((i) => i.segments);
      const found = within.find((s) => names(s, textValue));
      // An unknown segment is passed on: the lead's rules name it (not of the industry, or no industry).
      return { value: found?.code ?? textValue };
    }
    case 'park': {
      const id = lookups.parks.get(textValue.toLowerCase());
      if (!id)
        return fault(`找不到园区“${textValue}”（填写园区名称或代码）`, `no park '${textValue}' (its name or code)`);
      return { value: id };
    }
    case 'owner': {
      const id = lookups.owners.get(textValue.toLowerCase());
      if (!id) {
        return fault(`“${textValue}”不是招商局工作人员的邮箱`, `'${textValue}' is not the email of a staff member`);
      }
      return { value: id };
    }
    case 'stage':
      return { value: undefined }; // the stage moves only through the pipeline's rules
    default:
      return { value: textValue };
  }
}

/** A cell naming an industry or segment: its code, its Chinese name or its English name in any case. */
function names(item: { code: string; name: string; nameEn: string }, cell: string): boolean {
  return item.code === cell || item.name === cell || item.nameEn.toLowerCase() === cell.toLowerCase();
}

function known(code: string | undefined, cell: string, labels: Record<string, LocalizedText>): CellReading {
  if (code) return { value: code };
  return fault(
    `“${cell}”不是可选的取值（可选：${labelList(labels, 'zh')}）`,
    `'${cell}' is not one of: ${labelList(labels, 'en')}`,
  );
}
