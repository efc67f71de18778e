import type { Dayjs } from 'dayjs';
import type { ApplicationKind, PollutionCategory } from '../../gql/graphql';

/** What the wizard holds: money in 万元, the move-in date as a Dayjs. */
export interface WizardValues {
  kind: ApplicationKind;
  landMu?: number | null;
  floorSqm?: number | null;
  desiredMoveIn?: Dayjs | null;
  preferredParkIds?: string[];
  summary?: string;
  plannedInvestment?: number | null;
  jobs?: number | null;
  expectedAnnualTax?: number | null;
  energyTce?: number | null;
  pollutionCategory?: PollutionCategory | null;
  infrastructureNeeds?: string[];
}
