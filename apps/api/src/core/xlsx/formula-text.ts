/** Text a spreadsheet would take for a formula (OWASP "CSV injection"): = + - @, and tab or CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A neutralised text as written by `neutraliseFormulaText`. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

/**
 * A text cell for an export: one that starts like a formula gets a leading apostrophe, so Excel,
 * LibreOffice or a CSV made from the file shows it as text and never evaluates it.
 */
export function neutraliseFormulaText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The reverse on import, so an exported file imports back to the very same text. */
export function restoreFormulaText(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** Any cell value for an export: strings neutralised, everything else as it is. */
export function safeCellValue<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseFormulaText(value) : value;
}
