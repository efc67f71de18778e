import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LeadSource } from '../lead.enums.js';
import { LeadDetailsInput } from './lead-details.input.js';

@InputType()
export class CreateLeadInput extends LeadDetailsInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  companyName: string;

  @Field(() => LeadSource)
  @IsEnum(LeadSource)
  source: LeadSource;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Create even though a lead or enterprise with the same USCC or a similar name exists.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean;
}

/** Only the fields sent change; `null` clears one. */
@InputType()
export class UpdateLeadInput extends LeadDetailsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  companyName?: string;

  @Field(() => LeadSource, { nullable: true })
  @IsOptional()
  @IsEnum(LeadSource)
  source?: LeadSource;
}
