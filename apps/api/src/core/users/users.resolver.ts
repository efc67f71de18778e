import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { AnyRole, Roles, StaffOnly } from '../auth/roles.decorator.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { Role } from './role.enum.js';
import { StaffMember } from './staff-member.type.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @AnyRole()
  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.service.me(actor);
  }

  @StaffOnly()
  @Query(() => [StaffMember], {
    description: 'Active bureau staff and admins (id, name, role), for owner pickers. Staff only.',
  })
  staffMembers(): Promise<StaffMember[]> {
    return this.service.staffMembers();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<User> {
    return this.service.create(actor, input);
  }
}
