import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApplicationDocument } from './application-documents.js';

registerEnumType(ApplicationDocument, {
  name: 'ApplicationDocument',
  description:
    'BUSINESS_LICENSE 营业执照 · FEASIBILITY_STUDY 可行性研究报告 · ENERGY_ENVIRONMENT 项目能耗及环保情况说明 · ' +
    'BUSINESS_PLAN 商业计划书 · OTHER 其他材料. Upload one as `POST /files/application/{id}?category=…`.',
});

@ObjectType({ description: 'A document of an application kind’s checklist.' })
export class ApplicationDocumentRequirement {
  @Field(() => ApplicationDocument)
  document: ApplicationDocument;

  @Field({ description: 'Submitting without it is refused.' })
  required: boolean;

  @Field()
  name: string;

  @Field()
  nameEn: string;
}
