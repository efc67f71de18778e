import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FactSource } from './enterprise.enums.js';

@ObjectType({ description: 'Where the value of one profile fact came from, and when it was last set.' })
export class EnterpriseFactMeta {
  @Field({ description: 'The fact name, e.g. `revenue`.' })
  fact: string;

  @Field(() => FactSource)
  source: FactSource;

  @Field()
  updatedAt: Date;

  @Field(() => ID, { nullable: true })
  updatedBy: string | null;

  @Field(() => ID, { nullable: true })
  verifiedBy: string | null;

  @Field(() => Date, { nullable: true })
  verifiedAt: Date | null;
}
