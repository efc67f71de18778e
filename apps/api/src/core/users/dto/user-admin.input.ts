import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { Role } from '../role.enum.js';
import { NewPasswordField } from './account-fields.js';

@InputType({ description: 'Narrows the admins’ user list; every field optional.' })
export class UserFilter {
  @Field({ nullable: true, description: 'Part of the email or the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}

@InputType({ description: 'An admin’s change to an account; fields left out (or null) stay as they are.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string | null;

  @Field(() => Role, { nullable: true, description: 'Between ADMIN and BUREAU_STAFF only.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'false disables the account and signs it out everywhere.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class ResetUserPasswordArgs {
  @NewPasswordField()
  newPassword: string;
}
