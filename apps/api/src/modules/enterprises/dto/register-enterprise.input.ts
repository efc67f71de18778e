import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../../../core/auth/password.js';

/** Self-registration of an enterprise account. There is no role: it is always ENTERPRISE. */
@InputType()
export class RegisterEnterpriseInput {
  @Field({ description: '统一社会信用代码, 18 characters (GB 32100-2015).' })
  @IsString()
  @MaxLength(40)
  uscc: string;

  @Field({ description: 'The enterprise name as registered.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password: string;

  @Field({ nullable: true, description: 'Name of the person signing up (defaults to the enterprise name).' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  contactName?: string;
}
