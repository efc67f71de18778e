import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from './role.enum.js';

/** A colleague to pick as an owner: no email, nothing an owner picker does not need. */
@ObjectType({ description: 'An active staff member (bureau staff or admin), for owner pickers.' })
export class StaffMember {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;
}
