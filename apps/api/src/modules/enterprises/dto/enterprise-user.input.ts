import { InputType, OmitType } from '@nestjs/graphql';
import { CreateUserInput } from '../../../core/users/dto/create-user.input.js';

/** An account staff open for an enterprise (e.g. one that was imported); its role is ENTERPRISE. */
@InputType()
export class EnterpriseUserInput extends OmitType(CreateUserInput, ['role'] as const) {}
