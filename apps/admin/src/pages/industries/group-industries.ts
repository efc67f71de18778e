import { INDUSTRY_CATEGORIES, type Industry, type IndustryCategory } from '../../graphql/types';

export interface IndustryGroup {
  category: IndustryCategory;
  industries: Industry[];
}

/** Industries grouped by category, the four priority clusters first, keeping the API's order inside. */
export const groupIndustries = (industries: readonly Industry[]): IndustryGroup[] =>
  INDUSTRY_CATEGORIES.map((category) => ({
    category,
    industries: industries.filter((industry) => industry.category === category),
  })).filter((group) => group.industries.length > 0);
