import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PolicyKind, PolicyStatus } from '../policy.enums.js';

@ArgsType()
export class PoliciesArgs {
  @Field(() => PolicyStatus, {
    nullable: true,
    description:
      'Staff see every status (all versions when omitted); an enterprise sees PUBLISHED only, and asking for DRAFT or RETIRED is FORBIDDEN.',
  })
  @IsOptional()
  @IsIn(Object.values(PolicyStatus))
  status?: PolicyStatus;

  @Field(() => PolicyKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PolicyKind))
  kind?: PolicyKind;

  @Field({ nullable: true, description: 'Policies that target this industry code.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  industryCode?: string;

  @Field({
    nullable: true,
    description: 'Substring of the code, the Chinese or English title, or the document number.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
