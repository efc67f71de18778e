import { EnablePgTrgm1764400000000 } from './1764400000000-enable-pg-trgm.js';
import { InitialSchema1795958785301 } from './1795958785301-initial-schema.js';

/** Every migration in order; a committed migration is never rewritten. */
export const MIGRATIONS = [EnablePgTrgm1764400000000, InitialSchema1795958785301];
