import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Tier } from '../../parks/park.enums.js';

@InputType()
export class EnterpriseFilter {
  @Field({ nullable: true, description: 'Substring of the name (Chinese included) or of the USCC.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  industryCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(96)
  chainSegment?: string;

  @Field(() => Tier, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Tier))
  tier?: Tier;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parkCode?: string;

  @Field({ nullable: true, description: 'Only demo (true) or only real (false) enterprises.' })
  @IsOptional()
  @IsBoolean()
  sample?: boolean;
}

@ArgsType()
export class EnterprisesArgs extends PageArgs {
  @Field(() => EnterpriseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnterpriseFilter)
  filter?: EnterpriseFilter;
}
