import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { LeadsModule } from '../leads/leads.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';
import { PlanDashboardService } from './plan-dashboard.service.js';

/** The bureau's landing page (reads only; owns no table). */
@Module({
  imports: [LeadsModule, EnterprisesModule, RequestsModule, ApplicationsModule],
  providers: [DashboardService, PlanDashboardService, DashboardResolver],
})
export class DashboardModule {}
