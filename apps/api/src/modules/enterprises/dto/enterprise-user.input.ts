import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../../../core/auth/password.js';

/** An account staff open for an enterprise (e.g. one that was imported); its role is ENTERPRISE. */
@InputType()
export class EnterpriseUserInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}
