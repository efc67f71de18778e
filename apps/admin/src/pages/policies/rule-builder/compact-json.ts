/**
 * JSON for people: a value stays on one line when that line is short, else its items go one per
 * line. A JsonLogic rule reads as one condition per line instead of one token per line.
 */
export const compactJson = (value: unknown, width = 88, indent = ''): string => {
  const flat = JSON.stringify(value);
  if (flat === undefined) return '';
  if (flat.length + indent.length <= width || typeof value !== 'object' || value === null) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + compactJson(item, width, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries
    .map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, width, inner)}`)
    .join(',\n')}\n${indent}}`;
};
