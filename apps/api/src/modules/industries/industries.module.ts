import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainSegment } from './chain-segment.entity.js';
import { IndustriesResolver } from './industries.resolver.js';
import { IndustriesService } from './industries.service.js';
import { Industry } from './industry.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Industry, ChainSegment])],
  providers: [IndustriesService, IndustriesResolver],
  exports: [IndustriesService],
})
export class IndustriesModule {}
