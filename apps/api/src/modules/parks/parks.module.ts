import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParkSpaceActorNameResolver, ParkSpaceHistoryResolver } from './park-space-history.resolver.js';
import { ParkSpaceEntry } from './park-space-entry.entity.js';
import { ParkSpaceLedger } from './park-space-ledger.service.js';
import { Park } from './park.entity.js';
import { ParkExportController } from './park-export.controller.js';
import { ParkExportService } from './park-export.service.js';
import { ParksResolver } from './parks.resolver.js';
import { ParksService } from './parks.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Park, ParkSpaceEntry])],
  providers: [
    ParksService,
    ParkSpaceLedger,
    ParksResolver,
    ParkSpaceHistoryResolver,
    ParkSpaceActorNameResolver,
    ParkExportService,
  ],
  controllers: [ParkExportController],
  exports: [ParksService],
})
export class ParksModule {}
