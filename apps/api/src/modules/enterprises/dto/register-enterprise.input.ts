import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { AccountEmailField, NewPasswordField } from '../../../core/users/dto/account-fields.js';

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

  @AccountEmailField()
  email: string;

  @NewPasswordField()
  password: string;

  @Field({ nullable: true, description: 'Name of the person signing up (defaults to the enterprise name).' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  contactName?: string;
}
