import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthPayload } from './auth-payload.type.js';
import { AuthService } from './auth.service.js';
import { LoginArgs } from './dto/login.args.js';
import { Public } from './roles.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in; the same error for an unknown email and a wrong password.' })
  login(@Args() args: LoginArgs): Promise<AuthPayload> {
    return this.auth.login(args.email, args.password);
  }
}
