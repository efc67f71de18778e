import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Park } from './park.entity.js';
import { ParksResolver } from './parks.resolver.js';
import { ParksService } from './parks.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Park])],
  providers: [ParksService, ParksResolver],
  exports: [ParksService],
})
export class ParksModule {}
