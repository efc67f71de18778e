import { useEffect, useRef } from 'react';

/**
 * A ref for a region that takes the focus whenever `value` changes (not on the first render): a
 * wizard's step panel after 下一步, so the keyboard continues in the new step instead of on a button
 * below it. The region needs `tabIndex={-1}` and a name (`aria-label`).
 */
export const useFocusOnChange = <T, E extends HTMLElement = HTMLDivElement>(value: T) => {
  const ref = useRef<E>(null);
  const previous = useRef(value);
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    previous.current = value;
    ref.current?.focus();
  }, [value]);
  return ref;
};
