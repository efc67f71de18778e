import { FACTS, isFactName } from '#matching';

/** The numeric facts a policy's criteria compare (what a near miss can fall short on), in rule order. */
export const gapFactsOf = (criteria: unknown): string[] => {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const name = (node as { var?: unknown }).var;
    if (typeof name === 'string') {
      if (isFactName(name) && FACTS[name].type === 'number' && !found.includes(name)) found.push(name);
      return;
    }
    Object.values(node).forEach(walk);
  };
  walk(criteria);
  return found;
};
