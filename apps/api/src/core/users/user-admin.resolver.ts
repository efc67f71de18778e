import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { IdArg } from '../graphql/id-arg.decorator.js';
import { ResetUserPasswordArgs, UpdateUserInput, UsersArgs } from './dto/user-admin.input.js';
import { Role } from './role.enum.js';
import { USER_LABEL, UserAdminService } from './user-admin.service.js';
import { UserConnection } from './user-connection.type.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserAdminResolver {
  constructor(private readonly service: UserAdminService) {}

  @Roles(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Every account, newest first, narrowed by the filter (admins).' })
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<UserConnection> {
    return this.service.list(actor, args.filter ?? {}, args.first, args.after);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, {
    description: 'Renames, changes the role of (between ADMIN and BUREAU_STAFF) or disables an account.',
  })
  updateUser(
    @CurrentActor() actor: Actor,
    @IdArg('id', USER_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateUserInput,
  ): Promise<User> {
    return this.service.update(actor, id, version, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Sets a new password for an account and signs it out everywhere.' })
  resetUserPassword(
    @CurrentActor() actor: Actor,
    @IdArg('id', USER_LABEL) id: string,
    @Args() args: ResetUserPasswordArgs,
  ): Promise<User> {
    return this.service.resetPassword(actor, id, args.newPassword);
  }
}
