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
        secret: await resolveJwtSecret(config),
        signOptions: { expiresIn: config.JWT_EXPIRES_IN as never, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AuthService, AuthResolver, LoginThrottle, RegistrationThrottle, AccountUnlockService, SessionService],
  exports: [AuthService, RegistrationThrottle],
})
export class AuthModule {}
