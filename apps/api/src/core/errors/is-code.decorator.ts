import { Matches } from 'class-validator';

/**
 * A reference code (industry, chain segment, park …): at least one character and no white space.
 * An empty string would be stored as a code that names nothing, and match nothing.
 */
export const IsCode = (options: { each?: boolean } = {}): PropertyDecorator =>
  Matches(/^\S+$/, { ...options, message: '$property must be a code: not empty, without spaces' });
