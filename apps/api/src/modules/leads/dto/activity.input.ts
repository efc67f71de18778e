import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ActivityKind } from '../lead.enums.js';
import { dayMessage, ISO_DAY } from '../../../core/graphql/iso-day.js';

@InputType()
export class ActivityInput {
  @Field(() => ActivityKind)
  @IsEnum(ActivityKind)
  kind: ActivityKind;

  @Field({ description: 'ISO-8601 date or date-time.' })
  @IsISO8601()
  occurredAt: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  participants?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the next follow-up; it becomes the lead’s next action date.',
  })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('followUpOn'))
  followUpOn?: string | null;
}
