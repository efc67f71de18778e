import { Query, Resolver } from '@nestjs/graphql';
import { AnyRole } from '../../core/auth/roles.decorator.js';
import { IndustriesService } from './industries.service.js';
import { Industry } from './industry.entity.js';

@Resolver(() => Industry)
export class IndustriesResolver {
  constructor(private readonly service: IndustriesService) {}

  @AnyRole()
  @Query(() => [Industry], { description: "The plan's industries with their chain segments." })
  industries(): Promise<Industry[]> {
    return this.service.list();
  }
}
