import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

@ObjectType({
  description:
    'A place of the plan’s spatial frame: 三轴三区 (ch.4 §2), 两轴六片区 (ch.8 §1), or the district itself. ' +
    'Every geometry today is a sample (示例), not a surveyed line.',
})
export class SpatialFeature {
  @Field() code: string;
  @Field() name: string;
  @Field() nameEn: string;
  @Field({ description: 'DISTRICT, AXIS, ROAD, ZONE or PRECINCT.' }) kind: string;
  @Field({ description: 'DISTRICT, THREE_AXES_THREE_ZONES or TWO_AXES_SIX_PRECINCTS.' }) frame: string;
  @Field() role: string;
  @Field() roleEn: string;
  @Field() planRef: string;
  @Field(() => String, { nullable: true, description: 'For a zone: its park’s code.' }) parkCode: string | null;
  @Field(() => GraphQLJSON, { description: 'A GeoJSON LineString or Polygon geometry (RFC 7946, [lng, lat]).' })
  geometry: unknown;
  @Field({ description: 'True while the geometry is not surveyed.' }) sample: boolean;
}

@ObjectType({ description: 'A park’s boundary as a GeoJSON polygon; carriers (buildings) have none.' })
export class ParkOutline {
  @Field() parkCode: string;
  @Field(() => GraphQLJSON, { description: 'A GeoJSON Polygon geometry (RFC 7946, [lng, lat]).' }) geometry: unknown;
  @Field({ description: 'True while the outline is not a surveyed boundary (示例).' }) sample: boolean;
  @Field({ description: 'An enclave park outside Urumqi.' }) outsideUrumqi: boolean;
}

@ObjectType({ description: 'Base-map tiles configured for this deployment (MAP_TILE_URL).' })
export class MapTiles {
  @Field({ description: 'XYZ URL template with {z}, {x}, {y} (and {s}).' }) url: string;
  @Field() attribution: string;
}

@ObjectType({ description: 'What the parks map draws besides the parks themselves.' })
export class PlanMap {
  @Field(() => MapTiles, {
    nullable: true,
    description: 'Null when none are configured: the map then draws the district outline and the axes offline.',
  })
  tiles: MapTiles | null;
  @Field(() => SpatialFeature, { description: 'The district’s outline, drawn when no base tiles are configured.' })
  district: SpatialFeature;
  @Field(() => [SpatialFeature]) frame: SpatialFeature[];
  @Field(() => [ParkOutline]) parkOutlines: ParkOutline[];
}

@ObjectType({
  description:
    'A goal the plan sets for 2025 (ch.2 §3 and chapters that name a 2025 end state). `target` is null where the plan states no number.',
})
export class PlanGoal {
  @Field() code: string;
  @Field() label: string;
  @Field() labelEn: string;
  @Field() goal: string;
  @Field() goalEn: string;
  @Field(() => Int) year: number;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => String, { nullable: true }) unitEn: string | null;
  @Field() planRef: string;
  @Field(() => [String], { description: 'Codes of the 2020 headline figures this goal builds on.' })
  baselineCodes: string[];
}
