import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One named part of a score (a park match, a lead): points = weight × value.' })
export class ScoreComponentType {
  @Field({
    description:
      'Park matches: INDUSTRY_FIT, CHAIN_SYNERGY, STAGE_FIT, SPACE_FIT, INFRASTRUCTURE; leads: SIZE, CHAIN, TECHNOLOGY, TAX, CLUSTER, GREEN.',
  })
  code: string;

  @Field({ description: "In the caller's language." })
  label: string;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, { description: '0–1.' })
  value: number;

  @Field(() => Float)
  points: number;

  @Field({ description: "Why this value, in the caller's language." })
  detail: string;
}

@ObjectType({ description: 'A hard constraint a park fails for an application.' })
export class ParkConstraintType {
  @Field({
    description: 'CARRIER_KIND, LAND_SPACE, FLOOR_SPACE, INDUSTRY_NOT_TARGETED, INDUSTRY_EXCLUDED, THREE_HIGH, …',
  })
  code: string;

  @Field({ description: "In the caller's language." })
  message: string;
}

@ObjectType({ description: 'A park ranked for a placement application: hard constraints first, then the score.' })
export class ParkMatch {
  @Field(() => ID)
  parkId: string;

  @Field()
  suitable: boolean;

  @Field(() => Float, { description: '0–100; 0 for an unsuitable park.' })
  score: number;

  @Field(() => [ScoreComponentType])
  components: ScoreComponentType[];

  @Field(() => [String], { description: "The hard constraints the park fails, in the caller's language." })
  reasons: string[];

  @Field(() => [ParkConstraintType], { description: 'The same failures with their codes.' })
  constraints: ParkConstraintType[];

  @Field(() => [String], { description: 'Limits that could not be checked for a missing fact.' })
  unknowns: string[];
}
