import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { Role } from '../users/role.enum.js';
import { User } from '../users/user.entity.js';
import type { Actor } from './actor.js';
import { AccountUnlockService } from './account-unlock.service.js';
import { AuthPayload } from './auth-payload.type.js';
import { AuthService } from './auth.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { ChangePasswordArgs } from './dto/change-password.args.js';
import { LoginArgs } from './dto/login.args.js';
import { AnyRole, Public, Roles } from './roles.decorator.js';
import { SessionService } from './session.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly unlocks: AccountUnlockService,
    private readonly sessions: SessionService,
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

  @AnyRole()
  @Mutation(() => Boolean, {
    description: 'Signs out everywhere: every access token of the signed-in user issued so far stops working.',
  })
  signOut(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.sessions.signOut(actor);
  }

  @AnyRole()
  @Mutation(() => AuthPayload, {
    description:
      'Changes the signed-in user’s password (the current one is checked like a sign-in); every earlier token stops working, the answer carries a new one.',
  })
  changePassword(
    @CurrentActor() actor: Actor,
    @Args() args: ChangePasswordArgs,
    @Context('req') request: FastifyRequest,
  ): Promise<AuthPayload> {
    return this.sessions.changePassword(actor, args.currentPassword, args.newPassword, request.ip);
  }
}
