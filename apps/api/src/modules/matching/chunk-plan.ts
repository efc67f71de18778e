/** A run's chunk: the enterprises with ids from fromId to toId, both included. */
export interface ChunkBounds {
  chunkNo: number;
  fromId: string;
  toId: string;
  size: number;
}

/**
 * Splits one page of ids (ascending, as a keyset scan reads them) into chunks of at most `size`,
 * numbered on from `firstNo`. The ranges are closed and disjoint, so every id is in one chunk.
 */
export function planChunks(ids: readonly string[], size: number, firstNo = 0): ChunkBounds[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer: ${size}`);
  const chunks: ChunkBounds[] = [];
  for (let start = 0; start < ids.length; start += size) {
    const slice = ids.slice(start, start + size);
    chunks.push({
      chunkNo: firstNo + chunks.length,
      fromId: slice[0],
      toId: slice[slice.length - 1],
      size: slice.length,
    });
  }
  return chunks;
}
