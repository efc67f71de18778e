import { startDialogFocusWrap } from './dialog-focus';
import { i18n } from './i18n/i18n';
import { cueTableScroll, startTableScrollCues } from './table-scroll-cue';

/**
 * ARIA faults of antd and Refine markup that no prop or theme token reaches, mended once for the
 * whole app as the DOM changes (axe, WCAG 2 A/AA), so no page has to remember them:
 * - Refine's page header back button is an antd <button> inside a `div role="button"` (nested
 *   interactive controls, two tab stops): the div becomes plain and the button carries the name.
 * - A required Form.Item hands `aria-required` to a Select's outer <div>, where ARIA forbids it:
 *   it moves to the Select's combobox input. A Radio.Group gets its `radiogroup` role.
 * - antd tables' hidden measure row is focusable (tabindex, a cloned select-all checkbox) although
 *   aria-hidden: it and what it holds leave the tab order.
 * - A Collapse header is a `role="button"` around the panel's own buttons (nested controls): the
 *   expand arrow becomes the toggle (Enter on it still reaches the header's key handler).
 * - A table wider than its box scrolls, but holds nothing focusable to scroll it by keyboard: the
 *   scrolling box itself takes the focus (tabindex 0), as WCAG's scrollable-region technique asks.
 * - A status Badge with an aria-label is a plain <span>: it is given the `img` role its label needs.
 * - A dialog's focus guards pass the focus on instead of holding it unseen (`dialog-focus.ts`).
 * - A table that scrolls inside itself shows a shade at the edge with more columns (`table-scroll-cue.ts`).
 */
/** Controls in the tab order (one set to tabindex -1 no longer matches: a mend never repeats itself). */
const FOCUSABLE = ['button', 'a[href]', 'input', 'select', 'textarea', '[tabindex]']
  .map((selector) => `${selector}:not([tabindex="-1"])`)
  .join(', ');

function mend(root: ParentNode): void {
  for (const wrapper of root.querySelectorAll<HTMLElement>('.ant-page-header-back-button[role="button"]')) {
    const button = wrapper.querySelector('button');
    if (!button) continue;
    wrapper.removeAttribute('role');
    wrapper.removeAttribute('tabindex');
    wrapper.removeAttribute('aria-label');
    button.setAttribute('aria-label', i18n.t('buttons.back', { defaultValue: '返回' }));
  }
  for (const select of root.querySelectorAll<HTMLElement>('.ant-select[aria-required]')) {
    const input = select.querySelector('input[role="combobox"]');
    input?.setAttribute('aria-required', select.getAttribute('aria-required') ?? 'true');
    select.removeAttribute('aria-required');
  }
  for (const group of root.querySelectorAll<HTMLElement>('.ant-radio-group:not([role])')) {
    group.setAttribute('role', 'radiogroup');
  }
  for (const row of root.querySelectorAll<HTMLElement>('.ant-table-measure-row')) {
    row.removeAttribute('tabindex');
    for (const control of row.querySelectorAll<HTMLElement>(FOCUSABLE)) control.setAttribute('tabindex', '-1');
  }
  for (const header of root.querySelectorAll<HTMLElement>('.ant-collapse-header[role="button"]')) {
    const icon = header.querySelector<HTMLElement>('.ant-collapse-expand-icon');
    if (!icon || !header.querySelector(FOCUSABLE)) continue;
    for (const name of ['role', 'tabindex', 'aria-expanded', 'aria-disabled']) {
      const value = header.getAttribute(name);
      if (value !== null) icon.setAttribute(name, value);
      header.removeAttribute(name);
    }
    const title = header.querySelector('.ant-collapse-header-text')?.textContent?.trim() ?? '';
    icon.setAttribute('aria-label', title.slice(0, 80));
  }
  // React writes a toggled aria-expanded back onto the header: follow it to the arrow
  for (const header of root.querySelectorAll<HTMLElement>('.ant-collapse-header[aria-expanded]:not([role])')) {
    const icon = header.querySelector<HTMLElement>('.ant-collapse-expand-icon[role="button"]');
    icon?.setAttribute('aria-expanded', header.getAttribute('aria-expanded') ?? 'false');
    header.removeAttribute('aria-expanded');
  }
  for (const box of root.querySelectorAll<HTMLElement>(
    '.ant-table-content:not([tabindex]), .ant-table-body:not([tabindex])',
  )) {
    if (box.scrollWidth > box.clientWidth + 1 && !box.querySelector('a[href], button, input, [tabindex="0"]')) {
      box.setAttribute('tabindex', '0');
    }
  }
  for (const badge of root.querySelectorAll<HTMLElement>('.ant-badge[aria-label]:not([role])')) {
    badge.setAttribute('role', 'img');
  }
  cueTableScroll(root);
}

/** Mends the document now and after every change to it. */
export function startA11yPatches(): void {
  mend(document);
  startDialogFocusWrap();
  startTableScrollCues();
  new MutationObserver(() => mend(document)).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-required', 'role', 'tabindex', 'aria-label', 'aria-expanded'],
  });
}
