import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PipelineSummary } from '../leads/pipeline-summary.type.js';

/** Where a chain segment stands in the district (补链: the missing links are the bureau's targets). */
export enum CoverageStatus {
  LANDED = 'LANDED',
  IN_PIPELINE = 'IN_PIPELINE',
  MISSING = 'MISSING',
}
registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  description: 'LANDED 已落地 · IN_PIPELINE 在谈/跟进中 · MISSING 缺失环节',
});

@ObjectType({ description: 'One segment of a priority cluster’s chain and who fills it.' })
export class SegmentCoverage {
  @Field() code: string;
  @Field({ description: 'In the caller’s language.' }) name: string;
  @Field(() => Int, { description: 'Enterprises in the district in this segment (samples excluded unless asked).' })
  enterprises: number;
  @Field(() => Int, { description: 'Projects signed or further.' }) signedProjects: number;
  @Field(() => Int, { description: 'Open leads (not lost, not yet signed) that would fill it.' }) openLeads: number;
  @Field(() => CoverageStatus) status: CoverageStatus;
}

@ObjectType({ description: 'A priority cluster’s chain, segment by segment.' })
export class ClusterCoverage {
  @Field() industryCode: string;
  @Field() name: string;
  @Field(() => [SegmentCoverage]) segments: SegmentCoverage[];
  @Field(() => Int) missing: number;
}

@ObjectType({ description: 'Placements in one enclave park (飞地园区) and the share of their tax the district keeps.' })
export class EnclavePlacements {
  @Field(() => ID) parkId: string;
  @Field({ description: 'In the caller’s language.' }) parkName: string;
  @Field(() => String, { nullable: true, description: 'The partner region, in the caller’s language.' })
  partner: string | null;
  @Field(() => Float, { nullable: true, description: 'Percent of the tax the district keeps (null: not agreed).' })
  districtTaxSharePercent: number | null;
  @Field(() => Int, { description: 'Applications approved into the park (approved or moved in).' }) placements: number;
  @Field(() => Float, { description: 'Land taken, mu.' }) landMu: number;
  @Field(() => Float, { description: 'Floor space taken, m².' }) floorSqm: number;
}

@ObjectType({ description: 'Placements counted apart: in the district’s own parks, and in enclave parks elsewhere.' })
export class PlacementSummary {
  @Field(() => Int, { description: 'Approved or moved-in applications in the district’s own parks and carriers.' })
  inDistrict: number;
  @Field(() => Int, { description: 'Approved or moved-in applications in enclave parks (飞地).' }) inEnclaves: number;
  @Field(() => [EnclavePlacements], { description: 'Enclave parks with placements, in park order.' })
  byEnclave: EnclavePlacements[];
}

@ObjectType({ description: 'The bureau’s landing page: the pipeline, chain coverage and what is overdue.' })
export class Dashboard {
  @Field(() => PipelineSummary) pipeline: PipelineSummary;
  @Field(() => [ClusterCoverage]) chainCoverage: ClusterCoverage[];
  @Field(() => Int, { description: 'Leads whose next action date has passed.' }) overdueActions: number;
  @Field(() => Int, { description: 'Enterprises’ requests not yet resolved.' }) openRequests: number;
  @Field(() => Int, { description: 'Requests unanswered past their deadline.' }) overdueRequests: number;
  @Field(() => Int, { description: 'Leads that are not sample data (whatever includeSample says).' })
  realLeads: number;
  @Field(() => Int, { description: 'Sample (demo) leads (whatever includeSample says).' }) sampleLeads: number;
  @Field(() => PlacementSummary, { description: 'Placements, enclave parks counted apart (samples unless asked).' })
  placements: PlacementSummary;
}
