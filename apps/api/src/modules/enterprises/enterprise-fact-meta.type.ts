import { Field, ID, ObjectType } from '@nestjs/graphql';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { FactSource } from './enterprise.enums.js';

@ObjectType({ description: 'Where the value of one profile fact came from, and when it was last set.' })
export class EnterpriseFactMeta {
  @Field({ description: 'The fact name, e.g. `revenue`.' })
  fact: string;

  @Field(() => FactSource)
  source: FactSource;

  @Field()
  updatedAt: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'User id, for staff; others see only their own, else null (see updatedByName).',
    middleware: [staffOnlyValue],
  })
  updatedBy: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'User id, for staff; others see only their own, else null (see verifiedByName).',
    middleware: [staffOnlyValue],
  })
  verifiedBy: string | null;

  @Field(() => Date, { nullable: true })
  verifiedAt: Date | null;
}
