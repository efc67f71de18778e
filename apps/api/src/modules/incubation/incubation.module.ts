import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../core/users/users.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { LeadsModule } from '../leads/leads.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { IncubationFiguresService } from './incubation-figures.service.js';
import { IncubationStay } from './incubation-stay.entity.js';
import { IncubationCarrierResolver, IncubationResolver } from './incubation.resolver.js';
import { IncubationService } from './incubation.service.js';

/** The incubation ladder (众创空间 → 孵化器 → 加速器 → 产业园区): stays, graduations and figures. */
@Module({
  imports: [
    TypeOrmModule.forFeature([IncubationStay]),
    ParksModule,
    EnterprisesModule,
    ApplicationsModule,
    LeadsModule,
    UsersModule,
    NotificationsModule,
  ],
  providers: [IncubationService, IncubationFiguresService, IncubationResolver, IncubationCarrierResolver],
  exports: [IncubationService],
})
export class IncubationModule {}
