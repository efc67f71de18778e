import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from './core/audit/audit.module.js';
import type { AppConfig } from './core/config/app-config.js';
import { ConfigModule } from './core/config/config.module.js';
import { DatabaseModule } from './core/database/database.module.js';
import { QueueModule } from './core/queue/queue.module.js';
import { loggerModule } from './app.module.js';
import { UsersModule } from './core/users/users.module.js';
import { ENTITIES } from './entities.js';
import { FEATURE_MODULES } from './feature-modules.js';

/** A worker process: the same services and processors as the API, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config),
        DatabaseModule.forRoot(ENTITIES),
        QueueModule,
        AuditModule,
        UsersModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
