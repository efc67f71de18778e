import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { ApplicationKind, ApplicationStatus } from '../application.enums.js';

@InputType()
export class ApplicationFilter {
  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  @Field(() => ID, { nullable: true, description: 'The allocated park.' })
  @IsOptional()
  @IsUUID()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Staff only; an enterprise always sees its own.' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only open applications (submitted, screening, recommended, under review): not yet decided.',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => ApplicationKind, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationKind)
  kind?: ApplicationKind;
}

@ArgsType()
export class ApplicationConnectionArgs extends PageArgs {
  @Field(() => ApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicationFilter)
  filter?: ApplicationFilter;
}
