/**
 * Text colours that keep WCAG AA contrast (4.5:1) on white at small sizes, where antd's
 * secondary, danger and warning text colours fall short.
 */
export const MUTED = { color: 'rgba(0, 0, 0, 0.65)' } as const;
export const FAIL = { color: '#a8071a' } as const;
export const WARN = { color: '#874d00' } as const;
export const PASS = { color: '#135200' } as const;
