/** Escapes `%`, `_` and `\` so user text matches itself inside a LIKE / ILIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** `%text%`, escaped: a substring search. */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;
