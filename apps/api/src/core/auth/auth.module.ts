import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { User } from '../users/user.entity.js';
import { AccountUnlockService } from './account-unlock.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { LoginThrottle } from './login-throttle.service.js';
import { RegistrationThrottle } from './registration-throttle.service.js';
import { SessionService } from './session.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => ({
        // A KeyObject made once: with a string secret, jsonwebtoken 9 builds one (createSecretKey /
        // createPublicKey) on every sign and verify, a third of a trivial request's CPU.
        secret: createSecretKey(Buffer.from(await resolveJwtSecret(config), 'utf8')),
        signOptions: { expiresIn: config.JWT_EXPIRES_IN as never, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AuthService, AuthResolver, LoginThrottle, RegistrationThrottle, AccountUnlockService, SessionService],
  exports: [AuthService, RegistrationThrottle],
})
export class AuthModule {}
