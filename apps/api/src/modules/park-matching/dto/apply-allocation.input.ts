import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'One assignment of a proposal: the application (at the version read) into the park.' })
export class AllocationAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field(() => ID)
  @IsUUID()
  parkId: string;

  @Field(() => Int, { description: 'The application version the proposal was made from; CONFLICT when it changed.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'The assignments of an allocation proposal, approved together or not at all.' })
export class ApplyAllocationInput {
  @Field(() => [AllocationAssignmentInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AllocationAssignmentInput)
  assignments: AllocationAssignmentInput[];

  @Field(() => String, { nullable: true, description: 'A note on every approval’s timeline.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
