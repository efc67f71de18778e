import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions, openedPglites, type DatabaseTarget } from './data-source-options.js';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  static forRoot(entities: DatabaseTarget['entities']): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => ({
            ...(await buildDataSourceOptions({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, entities })),
            migrationsRun: config.RUN_MIGRATIONS,
          }),
        }),
      ],
    };
  }

  /** PGlite is closed after TypeORM's pool, or the process (and Jest) never exits. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.config.embedded) return;
    await Promise.all([...openedPglites].map((db) => db.close().catch(() => undefined)));
    openedPglites.clear();
  }
}
