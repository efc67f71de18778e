import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** One month of the pipeline's trend (Beijing time); a month without data is all zeros. */
@ObjectType({ description: 'One month of the pipeline trend (Beijing time).' })
export class LeadTrendMonth {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int, { description: 'Leads created that month.' }) newLeads: number;
  @Field(() => Int, { description: 'Leads that first reached SIGNED (or a later stage) that month (stage history).' })
  signed: number;
  @Field(() => Float, { description: 'The contracted investment of those leads, yuan.' })
  contractedInvestment: number;
  @Field(() => Int, { description: 'Projects that first reached OPERATING (投产) or later that month.' })
  landed: number;
  @Field(() => Int, {
    description: 'Inbound enquiries due that month and answered late, or still unanswered past their deadline.',
  })
  enquiriesLate: number;
}
