import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { connectionType, paginate, type Connection, type PageArgs } from '../../core/graphql/pagination.js';
import { ParksService } from '../parks/parks.service.js';
import { Enterprise } from './enterprise.entity.js';

/** An enterprise placed in a park (its profile names the park), with the space it holds there. */
@ObjectType({ description: 'An enterprise in a park, with the space it holds there by the space history.' })
export class ParkTenant {
  @Field(() => ID, { description: "The enterprise's id." })
  id: string;

  @Field(() => Enterprise)
  enterprise: Enterprise;

  @Field(() => Float, { description: 'Land held in the park (亩): taken by approvals minus given back.' })
  landMu: number;

  @Field(() => Float, { description: 'Floor space held in the park (m²).' })
  floorSqm: number;

  @Field(() => Date, { nullable: true, description: 'When an approval first took space for it; null if none did.' })
  since: Date | null;
}

@ObjectType()
export class ParkTenantConnection extends connectionType(ParkTenant) {}

/**
 * A park's tenants: the enterprises are read here (this context owns them), the space they hold
 * from the parks context's space ledger (one grouped query per page).
 */
@Injectable()
export class ParkTenants {
  constructor(
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    private readonly parks: ParksService,
  ) {}

  async list(actor: Actor, parkId: string, page: PageArgs): Promise<Connection<ParkTenant>> {
    const park = await this.parks.get(actor, parkId);
    const query = this.enterprises.createQueryBuilder('e').where('e.parkCode = :code', { code: park.code });
    const found = await paginate(query, { first: page.first, after: page.after, sortColumn: 'name', direction: 'ASC' });
    const held = await this.parks.spaceHeld(
      park.id,
      found.edges.map((edge) => edge.node.id),
    );
    return {
      ...found,
      edges: found.edges.map(({ cursor, node }) => {
        const space = held.get(node.id);
        return {
          cursor,
          node: {
            id: node.id,
            enterprise: node,
            landMu: space?.landMu ?? 0,
            floorSqm: space?.floorSqm ?? 0,
            since: space?.since ?? null,
          },
        };
      }),
    };
  }
}
