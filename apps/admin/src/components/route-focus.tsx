import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const HEADING = 'main h1, main h2, main h3, main h4, main [role="heading"]';
/** How long a page may take to show its heading (lazy code, its data) before the focus goes to main. */
const WAIT_MS = 5_000;

/** Puts the focus on an element that may not take it by Tab (a heading): it takes it from a script. */
const focusElement = (target: HTMLElement) => {
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
};

/**
 * When the focused control went away (an action's button that the new state no longer offers), the
 * focus goes to the page's heading instead of falling to the start of the document.
 */
export const keepFocusOnPage = (): void => {
  // Watched for a while: a closing dialog hands the focus back to its (maybe removed) button late.
  let checks = 15;
  const check = () => {
    const active = document.activeElement;
    const heading = document.querySelector<HTMLElement>(HEADING);
    if ((!active || active === document.body) && heading) return focusElement(heading);
    if ((checks -= 1) > 0) setTimeout(check, 100);
  };
  setTimeout(check, 100);
};

/**
 * After a move to another page (not on the first load, not when only the address's query changes),
 * the focus goes to the new page's heading, so keyboard and screen-reader users continue from the
 * top of what they opened rather than from a link that is gone (WCAG 2.4.3). A page that already
 * put the focus inside itself (a field it focuses) keeps it.
 */
export const RouteFocus = () => {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      const main = document.querySelector('main');
      const active = document.activeElement;
      if (main && active && active !== document.body && main.contains(active)) return;
      const heading = document.querySelector<HTMLElement>(HEADING);
      const target = heading ?? (Date.now() - started > WAIT_MS ? (main as HTMLElement | null) : null);
      if (!target) {
        timer = setTimeout(place, 100);
        return;
      }
      focusElement(target);
    };
    // After the new page's first paint (the old page's elements are gone by then).
    timer = setTimeout(place, 50);
    return () => clearTimeout(timer);
  }, [pathname]);
  return null;
};
