import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportCounts } from '../../core/xlsx/import-report.type.js';

@ObjectType({ description: 'A cell (or row) of an import that was refused, and why.' })
export class EnterpriseImportRejection {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'Header of the column at fault; null for the whole row.' })
  column: string | null;

  @Field(() => String, { nullable: true, description: 'The USCC of the row, as written.' })
  uscc: string | null;

  @Field({ description: "In the caller's language." })
  reason: string;
}

@ObjectType({ description: 'What an import did: rows created, updated, unchanged, and the refused ones.' })
export class EnterpriseImportReport extends ImportCounts {
  @Field(() => [EnterpriseImportRejection])
  rejected: EnterpriseImportRejection[];
}
