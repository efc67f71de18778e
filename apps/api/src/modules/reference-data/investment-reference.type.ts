import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'One entry of the plan’s investment-promotion lists (ch.6 §4): a target type or a channel. Its code is the ' +
    'value a lead stores (LeadTargetFlag, LeadSource).',
})
export class InvestmentReferenceItem {
  @Field() code: string;
  @Field() name: string;
  @Field() nameEn: string;
  @Field({ description: 'Where the plan says it, e.g. 第六章第四节.' }) planRef: string;
}
