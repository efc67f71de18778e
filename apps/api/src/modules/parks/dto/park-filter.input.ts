import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ParkKind } from '../park.enums.js';

@InputType()
export class ParkFilter {
  @Field(() => ParkKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ParkKind))
  kind?: ParkKind;

  @Field({ nullable: true, description: 'Substring of the Chinese or English name, or the code.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: 'Parks that target this industry.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  industryCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}
