import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { LeadExportController } from './lead-export.controller.js';
import { LeadExportService } from './lead-export.service.js';
import { LeadImportService } from './lead-import.service.js';
import { LeadTransferResolver } from './lead-transfer.resolver.js';

/** The bureau's leads to and from .xlsx: a per-row import report and a streamed, filtered export. */
@Module({
  imports: [LeadsModule, ParksModule],
  providers: [LeadImportService, LeadExportService, LeadTransferResolver],
  controllers: [LeadExportController],
})
export class LeadTransferModule {}
