import { Global, Module } from '@nestjs/common';
import { UsersModule } from '../../core/users/users.module.js';
import { ReferenceDataResolver } from './reference-data.resolver.js';
import { SeedService } from './seed.service.js';

@Global()
@Module({ imports: [UsersModule], providers: [SeedService, ReferenceDataResolver], exports: [SeedService] })
export class ReferenceDataModule {}
