import { FACTS, isFactName } from '#matching';
import { useFormat } from '../../../format/use-format';

/** A fact of the vocabulary by its label in the current language (the name when unknown). */
export const useFactLabel = (): ((name: string) => string) => {
  const f = useFormat();
  return (name) => (isFactName(name) ? f.pick(FACTS[name].label.zh, FACTS[name].label.en) : name);
};
