import type { DataSource } from 'typeorm';
import { ReferenceCache } from '../../core/database/reference-cache.js';
import { Park } from './park.entity.js';

/** The Park fields `namesByCodes` / `namesByIds` answer (a query asking only these may use them). */
export const PARK_NAME_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'code', 'name', 'nameEn']);

/** Every park's id, code and names, kept per process (core/database/reference-cache.ts). */
export class ParkNames {
  private readonly cache: ReferenceCache<Park, { byId: Map<string, Park>; byCode: Map<string, Park> }>;

  constructor(dataSource: DataSource) {
    this.cache = new ReferenceCache(
      dataSource,
      Park,
      () => dataSource.manager.find(Park, { select: { id: true, code: true, name: true, nameEn: true } }),
      (rows) => ({
        byId: new Map(rows.map((p) => [p.id, p])),
        byCode: new Map(rows.map((p) => [p.code, p])),
      }),
    );
  }

  /** The park of a code from a snapshot read already (null: no such park); undefined: use `byCodes`. */
  byCodeNow(code: string): Park | null | undefined {
    const snapshot = this.cache.peek();
    return snapshot && (snapshot.byCode.get(code) ?? null);
  }

  /** As `byCodeNow`, by id. */
  byIdNow(id: string): Park | null | undefined {
    const snapshot = this.cache.peek();
    return snapshot && (snapshot.byId.get(id) ?? null);
  }

  async byCodes(codes: readonly string[]): Promise<(Park | null)[]> {
    const { byCode } = await this.cache.get();
    return codes.map((code) => byCode.get(code) ?? null);
  }

  async byIds(ids: readonly string[]): Promise<(Park | null)[]> {
    const { byId } = await this.cache.get();
    return ids.map((id) => byId.get(id) ?? null);
  }
}
