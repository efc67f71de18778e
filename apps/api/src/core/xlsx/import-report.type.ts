import { Field, Int, ObjectType } from '@nestjs/graphql';

/** The counts every spreadsheet import reports; each import adds its own list of refused rows. */
@ObjectType({ isAbstract: true })
export abstract class ImportCounts {
  @Field(() => Int, { description: 'Data rows read (empty rows not counted).' })
  rows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'Rows refused (a row may have several rejections).' })
  rejectedRows: number;
}
