import { sortFactNames } from './facts.js';
/**
 * The third truth value: a value that depends on missing facts. It carries the stored facts to
 * enter. Known values are plain JSON values, so `instanceof Unknown` tells them apart.
 */
export class Unknown {
    missing;
    constructor(missing) {
        this.missing = missing;
    }
}
export function isUnknown(value) {
    return value instanceof Unknown;
}
/** One unknown standing for several: its missing facts are the union of theirs. */
export function mergeUnknown(values) {
    if (values.length === 1)
        return values[0];
    return new Unknown(sortFactNames(values.flatMap((u) => u.missing)));
}
