import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '../../core/queue/job-registry.js';
import { MATCH_APPLICATION_PARKS } from '../applications/application-submitted.job.js';
import { PARK_CHANGED } from '../parks/park-changed.job.js';
import { ParkMatcher } from './park-matcher.service.js';

/** The matching queue's park processors: one application, or one park against the open applications it affects. */
@Injectable()
export class ParkMatchingJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly matcher: ParkMatcher,
  ) {}

  onModuleInit(): void {
    this.registry.register(MATCH_APPLICATION_PARKS, async ({ applicationId }) => {
      await this.matcher.match([applicationId]);
    });
    this.registry.register(PARK_CHANGED, ({ parkId, only }) => this.matcher.rematchPark(parkId, only));
  }
}
