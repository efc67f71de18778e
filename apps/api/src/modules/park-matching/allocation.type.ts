import { Field, Float, ObjectType } from '@nestjs/graphql';
import { PlacementApplication } from '../applications/placement-application.entity.js';
import { Park } from '../parks/park.entity.js';

@ObjectType({ description: 'One application placed in one park by an allocation proposal.' })
export class AllocationAssignment {
  @Field(() => PlacementApplication)
  application: PlacementApplication;

  @Field(() => Park)
  park: Park;

  @Field(() => Float, { description: 'The park match score, 0–100.' })
  score: number;
}

@ObjectType({ description: 'An application the proposal leaves without a park, and why.' })
export class AllocationUnassigned {
  @Field(() => PlacementApplication)
  application: PlacementApplication;

  @Field(() => [String], { description: "In the caller's language." })
  reasons: string[];
}

@ObjectType({
  description:
    'Competing applications assigned to parks maximising the total score, never over any park’s free land or ' +
    'floor space and never breaking a hard constraint. A proposal: nothing is saved until staff apply it.',
})
export class AllocationProposal {
  @Field(() => [AllocationAssignment])
  assignments: AllocationAssignment[];

  @Field(() => [AllocationUnassigned])
  unassigned: AllocationUnassigned[];

  @Field(() => Float, { description: 'The total score of the assignments.' })
  objective: number;

  @Field(() => Float, { description: 'Relative optimality gap; 0 when proved optimal.' })
  gap: number;
}
