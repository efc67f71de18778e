import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Industry } from './industry.entity.js';

@Injectable()
export class IndustriesService {
  constructor(@InjectRepository(Industry) private readonly industries: Repository<Industry>) {}

  /** The taxonomy with its chain segments, in the plan's order: one query. */
  list(): Promise<Industry[]> {
    return this.industries
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.segments', 's')
      .orderBy('i.sortOrder')
      .addOrderBy('s.sortOrder')
      .getMany();
  }
}
