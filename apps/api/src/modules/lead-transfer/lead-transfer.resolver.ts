import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { LeadImportReport } from './lead-import.type.js';
import { LeadImportService } from './lead-import.service.js';

/** Staff: leads in and out of spreadsheets (the export is `GET /exports/leads.xlsx`). */
@Resolver()
export class LeadTransferResolver {
  constructor(private readonly importer: LeadImportService) {}

  @StaffOnly()
  @Mutation(() => LeadImportReport, {
    description:
      'Import leads from an .xlsx (base64; at most 5,000 rows): new leads checked as by createLead, the lead with ' +
      "a row's USCC updated; refused rows reported with row, column and reason.",
  })
  importLeads(@CurrentActor() actor: Actor, @Args('file') file: string): Promise<LeadImportReport> {
    return this.importer.import(actor, file);
  }

  @StaffOnly()
  @Query(() => String, {
    description:
      "The lead import template (.xlsx, base64): the header row in the caller's language and an example row.",
  })
  leadImportTemplate(@CurrentActor() actor: Actor): Promise<string> {
    return this.importer.template(actor);
  }
}
