/** NUL (PostgreSQL refuses 0x00 in text) or a UTF-16 surrogate without its pair (not text at all). */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const BROKEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deeper than this, an argument is refused rather than walked (a JSON bomb, not a document). */
export const MAX_ARGUMENT_DEPTH = 64;

export interface TextFault {
  path: string;
  kind: 'BROKEN_TEXT' | 'TOO_DEEP';
}

/**
 * Every place in an argument (strings, and strings inside lists and JSON objects, keys too) that
 * holds text no one can store, and whether the argument nests deeper than MAX_ARGUMENT_DEPTH.
 * Iterative, so a deeply nested value cannot overflow the stack.
 */
export function findTextFaults(value: unknown, root: string): TextFault[] {
  const faults: TextFault[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length && faults.length < 20) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (BROKEN.test(current)) faults.push({ path, kind: 'BROKEN_TEXT' });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_ARGUMENT_DEPTH) {
      faults.push({ path, kind: 'TOO_DEEP' });
      continue;
    }
    const entries = Array.isArray(current)
      ? current.map((item, index) => [`${path}[${index}]`, item] as const)
      : Object.entries(current).map(([key, item]) => {
          if (BROKEN.test(key)) faults.push({ path: `${path}.${key}`, kind: 'BROKEN_TEXT' });
          return [path ? `${path}.${key}` : key, item] as const;
        });
    for (const [childPath, item] of entries) stack.push({ value: item, path: childPath, depth: depth + 1 });
  }
  return faults;
}
