import { ApplicationsModule } from './modules/applications/applications.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { FilesModule } from './modules/files/files.module.js';
import { EnterprisesModule } from './modules/enterprises/enterprises.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { LandModule } from './modules/land/land.module.js';
import { LeadsModule } from './modules/leads/leads.module.js';
import { LeadTransferModule } from './modules/lead-transfer/lead-transfer.module.js';
import { IncubationModule } from './modules/incubation/incubation.module.js';
import { IndustriesModule } from './modules/industries/industries.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { ParkMatchingModule } from './modules/park-matching/park-matching.module.js';
import { ParksModule } from './modules/parks/parks.module.js';
import { PoliciesModule } from './modules/policies/policies.module.js';
import { RequestsModule } from './modules/requests/requests.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { ReferenceDataModule } from './modules/reference-data/reference-data.module.js';

/** The bounded contexts; the API and the worker load the same set, so jobs find their processors. */
export const FEATURE_MODULES = [
  NotificationsModule,
  IndustriesModule,
  ParksModule,
  ReferenceDataModule,
  PoliciesModule,
  EnterprisesModule,
  ApplicationsModule,
  MatchingModule,
  ParkMatchingModule,
  LeadsModule,
  FilesModule,
  LeadTransferModule,
  RequestsModule,
  LandModule,
  IncubationModule,
  DashboardModule,
  DemoModule,
];
