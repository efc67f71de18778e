import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The plan's 2020 headline figures (ch.1 §1), the baseline dashboards compare against." })
export class HeadlineFigure {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field()
  labelEn: string;

  @Field(() => Float)
  value: number;

  @Field()
  unit: string;

  @Field()
  unitEn: string;

  @Field(() => Float, { nullable: true, description: 'The 2015 value, where the plan gives it.' })
  baseline: number | null;

  @Field(() => Int)
  year: number;

  @Field()
  planRef: string;

  @Field(() => String, { nullable: true, description: 'OVER (超过), ABOUT (约) or ESTIMATED where the plan says so.' })
  qualifier: string | null;
}
