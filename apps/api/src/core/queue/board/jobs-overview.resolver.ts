import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/roles.decorator.js';
import { Role } from '../../users/role.enum.js';
import { JobsOverview } from './jobs-overview.type.js';
import { JobsOverviewService } from './jobs-overview.service.js';

@Resolver()
export class JobsOverviewResolver {
  constructor(private readonly jobs: JobsOverviewService) {}

  @Roles(Role.ADMIN)
  @Query(() => JobsOverview, {
    description: 'Admins: where jobs run, the outbox by queue and state, the latest failures.',
  })
  jobsOverview(): Promise<JobsOverview> {
    return this.jobs.overview();
  }
}
