export * from './types.js';
export * from './industries.js';
export * from './infrastructure.js';
export * from './parks.js';
export * from './headline-figures.js';
export * from './enterprise-tiers.js';
export * from './lookups.js';
export * from './policies.js';
