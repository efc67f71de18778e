import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { IdleLandSeriesService } from './idle-land-series.service.js';
import { LandExportController } from './land-export.controller.js';
import { LandExportService } from './land-export.service.js';
import { LandPlotChange } from './land-plot-change.entity.js';
import { LandPlot } from './land-plot.entity.js';
import { LandResolver, ParkIdleLandResolver } from './land.resolver.js';
import { LandService } from './land.service.js';

/** Land plots and the disposal of idle land (腾笼换鸟; 整合一批、收储一批、腾院上楼一批). */
@Module({
  imports: [TypeOrmModule.forFeature([LandPlot, LandPlotChange]), ParksModule, EnterprisesModule],
  providers: [LandService, IdleLandSeriesService, LandResolver, ParkIdleLandResolver, LandExportService],
  controllers: [LandExportController],
  exports: [LandService],
})
export class LandModule {}
