import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

/** Which of a lead's dates a period bounds. */
export enum PeriodBasis {
  CREATED = 'CREATED',
  SIGNED = 'SIGNED',
}
registerEnumType(PeriodBasis, {
  name: 'PeriodBasis',
  description: 'CREATED 按线索创建日期 · SIGNED 按签约日期 (signedOn)',
});

/** How a breakdown groups the leads. */
export enum LeadDimension {
  INDUSTRY = 'INDUSTRY',
  PARK = 'PARK',
  SOURCE = 'SOURCE',
  OWNER = 'OWNER',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(LeadDimension, {
  name: 'LeadDimension',
  description:
    'INDUSTRY 产业 · PARK 意向园区 · SOURCE 来源渠道 · OWNER 负责人 · MONTH / QUARTER / YEAR 按期间' +
    ' (the period basis date: creation by default, or signing)',
});

@InputType({
  description:
    'Inclusive days (YYYY-MM-DD, Beijing time), either end open. `basis` says which date they bound: ' +
    'CREATED (default) the day the lead was created, SIGNED its signing date (unsigned leads fall outside).',
})
export class PeriodInput {
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD (included).' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string | null;

  @Field(() => PeriodBasis, { nullable: true, defaultValue: PeriodBasis.CREATED })
  @IsOptional()
  @IsEnum(PeriodBasis)
  basis?: PeriodBasis | null;
}
