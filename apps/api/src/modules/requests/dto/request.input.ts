import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { RequestKind, RequestStatus } from '../request.enums.js';

@InputType()
export class RequestInput {
  @Field(() => RequestKind)
  @IsEnum(RequestKind)
  kind: RequestKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  body: string;
}

@InputType()
export class RequestFilter {
  @Field(() => RequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RequestStatus)
  status?: RequestStatus | null;

  @Field(() => ID, { nullable: true, description: 'Staff only.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Unanswered past the response deadline.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}

@ArgsType()
export class RequestConnectionArgs extends PageArgs {
  @Field(() => RequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RequestFilter)
  filter?: RequestFilter;
}
