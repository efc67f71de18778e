import { ArgsType, IntersectionType } from '@nestjs/graphql';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { QualifierFilterArgs } from './qualifier-filter.args.js';

@ArgsType()
export class PolicyQualifiersArgs extends IntersectionType(PageArgs, QualifierFilterArgs, ArgsType) {}
