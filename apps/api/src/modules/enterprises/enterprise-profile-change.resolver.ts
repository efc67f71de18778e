import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { In } from 'typeorm';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { User } from '../../core/users/user.entity.js';
import { EnterpriseProfileChange } from './enterprise-profile-change.entity.js';

@Resolver(() => EnterpriseProfileChange)
export class EnterpriseProfileChangeResolver {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Name of the user who made the change; null for the system.',
  })
  actorName(
    @Parent() change: EnterpriseProfileChange,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> | null {
    if (!change.actorId) return null;
    return loaders
      .get<string, string | null>('user.nameById', async (ids) => {
        const rows = await this.users.find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
        return byKeys(ids, rows, (u) => u.id).map((u) => u?.name ?? null);
      })
      .load(change.actorId);
  }
}
