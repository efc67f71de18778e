import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Park } from './park.entity.js';
import { ParkExportController } from './park-export.controller.js';
import { ParkExportService } from './park-export.service.js';
import { ParksResolver } from './parks.resolver.js';
import { ParksService } from './parks.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Park])],
  providers: [ParksService, ParksResolver, ParkExportService],
  controllers: [ParkExportController],
  exports: [ParksService],
})
export class ParksModule {}
