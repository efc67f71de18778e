import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportCounts } from '../../core/xlsx/import-report.type.js';

@ObjectType({ description: 'A cell (or row) of a lead import that was refused, and why.' })
export class LeadImportRejection {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1).' })
  row: number;

  @Field(() => String, {
    nullable: true,
    description: "The column at fault, by its header in the caller's language; null for the whole row.",
  })
  column: string | null;

  @Field(() => String, { nullable: true, description: 'The company name of the row, as written.' })
  companyName: string | null;

  @Field({ description: "In the caller's language." })
  reason: string;
}

@ObjectType({ description: 'What a lead import did: leads created, updated, unchanged, and the refused rows.' })
export class LeadImportReport extends ImportCounts {
  @Field(() => [LeadImportRejection])
  rejected: LeadImportRejection[];
}
