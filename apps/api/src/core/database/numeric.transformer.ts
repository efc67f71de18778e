import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string (it can exceed a double); our figures fit a double. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};
