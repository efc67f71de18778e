import { ENTERPRISE_TIERS, INFRASTRUCTURE_TAG_CODES, OWNERSHIPS, POLLUTION_CATEGORIES } from '#plan-data';

/**
 * The plan's code lists as the forms offer them, from libs/plan-data (the API validates against
 * the same lists). Labels live in i18n; the ladder of tiers keeps its rank order.
 */
export const TIERS = ENTERPRISE_TIERS.map((tier) => tier.code);
export const OWNERSHIP_CODES = OWNERSHIPS.map((ownership) => ownership.code);
export const POLLUTION_CODES = POLLUTION_CATEGORIES.map((category) => category.code);
export const INFRASTRUCTURE_CODES = INFRASTRUCTURE_TAG_CODES;
