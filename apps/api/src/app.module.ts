import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './core/audit/audit.module.js';
import { AuthModule } from './core/auth/auth.module.js';
import { RolesGuard } from './core/auth/roles.guard.js';
import type { AppConfig } from './core/config/app-config.js';
import { ConfigModule } from './core/config/config.module.js';
import { DatabaseModule } from './core/database/database.module.js';
import { createValidationPipe } from './core/errors/validation-pipe.js';
import { GraphqlApiModule } from './core/graphql/graphql.module.js';
import { ObservabilityModule } from './core/observability/observability.module.js';
import { JobsBoardModule } from './core/queue/board/jobs-board.module.js';
import { QueueModule } from './core/queue/queue.module.js';
import { UsersModule } from './core/users/users.module.js';
import { ENTITIES } from './entities.js';
import { FEATURE_MODULES } from './feature-modules.js';

export function loggerModule(config: AppConfig): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
  });
}

/** The HTTP API: GraphQL, health and metrics, and (unless RUN_WORKERS=false) the job workers. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config),
        DatabaseModule.forRoot(ENTITIES),
        QueueModule,
        AuditModule,
        UsersModule,
        AuthModule,
        GraphqlApiModule,
        ObservabilityModule,
        JobsBoardModule,
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
