import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The id of every page layout's <main>, the skip link's target. */
export const MAIN_ID = 'main-content';

/**
 * "跳到主要内容": the first stop of Tab on every page (WCAG 2.4.1), hidden until it has the focus;
 * Enter moves the focus into the page's <main> past the menu and the header. The focus is moved by
 * script: the address keeps no #fragment, and the router sees no change.
 */
export const SkipLink = () => {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      {t('app.skipToMain')}
    </a>
  );
};
