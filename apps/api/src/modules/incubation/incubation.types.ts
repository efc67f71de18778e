import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionType } from '../../core/graphql/pagination.js';
import { Park } from '../parks/park.entity.js';
import { ParkKind } from '../parks/park.enums.js';
import { IncubationStay } from './incubation-stay.entity.js';

@ObjectType()
export class IncubationStayConnection extends connectionType(IncubationStay) {}

/** A carrier on the ladder with its figures today (seats, space, tenants, entries and graduations). */
@ObjectType({ description: 'An incubation carrier and its figures (在孵企业, 使用面积, 毕业率).' })
export class IncubationCarrier {
  @Field(() => ID, { description: 'The carrier’s park id.' })
  parkId: string;

  @Field(() => Park)
  park: Park;

  @Field(() => Int, { description: 'Enterprises in residence now.' })
  tenants: number;

  @Field(() => Int, { description: 'Seats (工位) in use now.' })
  seatsInUse: number;

  @Field(() => Float, { description: 'Floor space in use now, m².' })
  floorSqmInUse: number;

  @Field(() => Float, { nullable: true, description: 'Floor space in use ÷ the carrier’s floor space (0–1).' })
  occupancyRate: number | null;

  @Field(() => Int, { description: 'Stays ever recorded (entries).' })
  entries: number;

  @Field(() => Int)
  graduations: number;

  @Field(() => Int, { description: 'Stays ended without graduating.' })
  departures: number;

  @Field(() => Float, { nullable: true, description: 'Graduated ÷ ended stays (0–1); null before any ended.' })
  graduationRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median months from entry to graduation.' })
  medianMonthsToGraduate: number | null;
}

@ObjectType({ description: 'A carrier’s occupancy at a month’s end (this month: today).' })
export class IncubationOccupancyPoint {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  tenants: number;

  @Field(() => Int)
  seatsInUse: number;

  @Field(() => Float, { description: 'm²' })
  floorSqmInUse: number;

  @Field(() => Float, { nullable: true })
  occupancyRate: number | null;

  @Field(() => Int, { description: 'Entries in the month.' })
  entries: number;

  @Field(() => Int, { description: 'Graduations in the month.' })
  graduations: number;
}

@ObjectType({ description: 'A rung of the ladder: 众创空间 → 孵化器 → 加速器 → 产业园区.' })
export class IncubationRung {
  @Field(() => ParkKind, { description: 'MAKERSPACE, INCUBATOR, ACCELERATOR or INDUSTRIAL_PARK (产业园区).' })
  kind: ParkKind;

  @Field(() => [IncubationCarrier], { description: 'Its carriers in the district (none for 产业园区).' })
  carriers: IncubationCarrier[];

  @Field(() => Int, { description: 'Graduates that arrived from the rung below.' })
  arrivals: number;
}

@ObjectType({ description: 'The incubation ladder of the district, and the offshore incubators outside it.' })
export class IncubationLadder {
  @Field(() => [IncubationRung])
  rungs: IncubationRung[];

  @Field(() => [IncubationCarrier], { description: '离岸孵化器: outside the district; graduates become leads.' })
  offshore: IncubationCarrier[];
}
