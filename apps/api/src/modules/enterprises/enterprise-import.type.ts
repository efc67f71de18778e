import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportCounts } from '../../core/xlsx/import-report.type.js';

@ObjectType({ description: 'A cell (or row) of an import that was refused, and why.' })
export class EnterpriseImportRejection {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1).' })
  row: number;

  @Field(() => String, {
    nullable: true,
    description: 'Name (header) of the column at fault, for programs; null for the whole row. People see columnLabel.',
  })
  column: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The column at fault as the import template labels it, in the caller's language; null for the whole row.",
  })
  columnLabel: string | null;

  @Field(() => String, { nullable: true, description: 'The USCC of the row, as written.' })
  uscc: string | null;

  @Field({ description: "In the caller's language." })
  reason: string;

  @Field({
    description: "The whole refusal in the caller's language: row number, the column's template label and the reason.",
  })
  message: string;
}

@ObjectType({ description: 'What an import did: rows created, updated, unchanged, and the refused ones.' })
export class EnterpriseImportReport extends ImportCounts {
  @Field(() => [EnterpriseImportRejection])
  rejected: EnterpriseImportRejection[];
}
