import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditExportController } from './audit-export.controller.js';
import { AuditExportService } from './audit-export.service.js';
import { AuditLog } from './audit-log.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditLog])],
  providers: [AuditService, AuditResolver, AuditExportService],
  controllers: [AuditExportController],
  exports: [AuditService],
})
export class AuditModule {}
