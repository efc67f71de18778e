import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { Role } from '../users/role.enum.js';
import { User } from '../users/user.entity.js';
import type { Actor } from './actor.js';
import { AccountUnlockService } from './account-unlock.service.js';
import { AuthPayload } from './auth-payload.type.js';
import { AuthService } from './auth.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { LoginArgs } from './dto/login.args.js';
import { Public, Roles } from './roles.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly unlocks: AccountUnlockService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sign in; the same error for an unknown email and a wrong password. Refused for a while after too many failures for the email or from the address.',
  })
  login(@Args() args: LoginArgs, @Context('req') request: FastifyRequest): Promise<AuthPayload> {
    return this.auth.login(args.email, args.password, request.ip);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: "Clears the user's sign-in lockout (failed attempts for the account)." })
  unlockUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.unlocks.unlock(actor, id);
  }
}
