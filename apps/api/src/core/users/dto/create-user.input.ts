import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Role } from '../role.enum.js';
import { AccountEmailField, NewPasswordField } from './account-fields.js';

@InputType()
export class CreateUserInput {
  @AccountEmailField()
  email: string;

  @NewPasswordField()
  password: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}
