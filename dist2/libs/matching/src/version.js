/**
 * Version of the engine's semantics, stored with every result: bump it when an outcome, a benefit
 * or a derived fact could come out differently for the same rule and facts.
 */
export const ENGINE_VERSION = '1.0.0';
