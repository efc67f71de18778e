import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../../core/config/app-config.js';
import { UsersModule } from '../../core/users/users.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { LandModule } from '../land/land.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { SeedService } from '../reference-data/seed.service.js';
import { DemoDataService } from './demo-data.service.js';
import { DemoPipelineService } from './demo-pipeline.service.js';
import { DemoResolver } from './demo.resolver.js';

/** Whether a start loads the demo set: embedded, never in production, unless DEMO_DATA=false. */
export const loadsDemoData = (config: AppConfig): boolean =>
  config.embedded && config.NODE_ENV !== 'production' && config.DEMO_DATA;

/** The demo set: sample enterprises and open applications, matched in the background; sample leads and requests; sample land plots. */
@Module({
  imports: [EnterprisesModule, ApplicationsModule, ParksModule, MatchingModule, UsersModule, LandModule],
  providers: [DemoDataService, DemoPipelineService, DemoResolver],
  exports: [DemoDataService],
})
export class DemoModule implements OnModuleInit {
  constructor(
    private readonly seed: SeedService,
    private readonly demo: DemoDataService,
  ) {}

  /** A newcomer's embedded start shows matching at work; later starts find the set and add nothing. */
  onModuleInit(): void {
    this.seed.addFollowUp(async (config) => {
      if (!loadsDemoData(config)) return;
      const started = Date.now();
      const result = await this.demo.load();
      if (result.runId)
        new Logger(DemoModule.name).log(`demo set loaded in ${Date.now() - started} ms; matching run ${result.runId}`);
    });
  }
}
