import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';
import type { Park } from '../parks/park.entity.js';
import { ParksService } from '../parks/parks.service.js';
import { today } from '../land/land-dates.js';
import { CARRIER_KINDS, carrierFigures, occupancySeries, RUNGS, type StayFacts } from './incubation-ladder.js';
import type { IncubationStay } from './incubation-stay.entity.js';
import { IncubationService } from './incubation.service.js';
import type { IncubationCarrier, IncubationLadder, IncubationOccupancyPoint } from './incubation.types.js';

const CARRIER_LABEL = text('孵化载体', 'Incubation carrier');

/** The ladder's figures: per carrier (tenants, space, graduation rate, time to graduate) and over time. */
@Injectable()
export class IncubationFiguresService {
  constructor(
    private readonly parks: ParksService,
    private readonly stays: IncubationService,
  ) {}

  /** The four rungs with their carriers in the district, and the offshore incubators apart. */
  async ladder(actor: Actor): Promise<IncubationLadder> {
    const carriers = (await this.parks.findActive()).filter((park) => CARRIER_KINDS.includes(park.kind));
    const stays = await this.stays.staysIn(
      actor,
      carriers.map((park) => park.id),
    );
    const figures = carriers.map((park) => this.figures(park, stays));
    const inDistrict = figures.filter((carrier) => !carrier.park.outsideDistrict);
    const graduatesOf = (kind: string) =>
      inDistrict.filter((c) => c.park.kind === kind).reduce((sum, c) => sum + c.graduations, 0);
    return {
      rungs: RUNGS.map((kind, index) => ({
        kind,
        carriers: inDistrict.filter((carrier) => carrier.park.kind === kind),
        arrivals: index ? graduatesOf(RUNGS[index - 1]) : 0,
      })),
      offshore: figures.filter((carrier) => carrier.park.outsideDistrict),
    };
  }

  async carrier(actor: Actor, parkId: string): Promise<IncubationCarrier> {
    const [park] = await this.parks.findByIds([parkId]);
    if (!park || !CARRIER_KINDS.includes(park.kind)) throw AppError.notFound(CARRIER_LABEL);
    return this.figures(park, await this.stays.staysIn(actor, [park.id]));
  }

  /** A carrier's occupancy at each month's end, the last `months` months. */
  async occupancy(actor: Actor, park: Park, months: number): Promise<IncubationOccupancyPoint[]> {
    const stays = await this.stays.staysIn(actor, [park.id]);
    return occupancySeries(stays.map(facts), today(), months, park.totalFloorSqm);
  }

  private figures(park: Park, stays: readonly IncubationStay[]): IncubationCarrier {
    const own = stays.filter((stay) => stay.parkId === park.id).map(facts);
    return { parkId: park.id, park, ...carrierFigures(own, today(), park.totalFloorSqm) };
  }
}

const facts = (stay: IncubationStay): StayFacts => ({
  status: stay.status,
  enteredOn: stay.enteredOn,
  endedOn: stay.endedOn,
  seats: stay.seats,
  floorSqm: stay.floorSqm,
});
