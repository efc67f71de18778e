import type { Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Loaders } from '../graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../graphql/request-loaders.js';
import { User } from './user.entity.js';

/**
 * A resolver class adding `field: String` to `type`: the display name of the user whose id
 * `idOf` reads from the parent (null for none, i.e. the system). Names load through one DataLoader
 * per request, so a page of rows costs one query for all its names. Register the class among the
 * providers of the type's module.
 *
 * Why names: enterprises see who acted without learning staff user ids (see staffOnlyValue).
 */
export function userNameResolver<T>(
  type: Type<T>,
  field: string,
  idOf: (parent: T) => string | null | undefined,
  description: string,
): Type<unknown> {
  @Resolver(() => type)
  class UserNameResolver {
    constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

    @ResolveField(field, () => String, { nullable: true, description })
    async resolve(@Parent() parent: T, @Loaders() loaders: RequestLoaders): Promise<string | null> {
      const id = idOf(parent);
      if (!id) return null;
      return loaders
        .get<string, string | null>('user.nameById', async (ids) => {
          const rows = await this.dataSource
            .getRepository(User)
            .find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
          return byKeys(ids, rows, (user) => user.id).map((user) => user?.name ?? null);
        })
        .load(id);
    }
  }
  // Nest names providers by their class; make each one tell which field it resolves.
  Object.defineProperty(UserNameResolver, 'name', { value: `${type.name}.${field}Resolver` });
  return UserNameResolver;
}
