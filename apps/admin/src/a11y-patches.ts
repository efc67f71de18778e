import { i18n } from './i18n/i18n';

/**
 * ARIA faults of antd and Refine markup that no prop or theme token reaches, mended once for the
 * whole app as the DOM changes (axe, WCAG 2 A/AA), so no page has to remember them:
 * - Refine's page header back button is an antd <button> inside a `div role="button"` (nested
 *   interactive controls, two tab stops): the div becomes plain and the button carries the name.
 * - A required Form.Item hands `aria-required` to a Select's outer <div>, where ARIA forbids it:
 *   it moves to the Select's combobox input. A Radio.Group gets its `radiogroup` role.
 * - antd tables' hidden measure row is focusable (tabindex) although aria-hidden.
 * - A table wider than its box scrolls, but holds nothing focusable to scroll it by keyboard: the
 *   scrolling box itself takes the focus (tabindex 0), as WCAG's scrollable-region technique asks.
 * - A status Badge with an aria-label is a plain <span>: it is given the `img` role its label needs.
 */
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
  for (const row of root.querySelectorAll<HTMLElement>('.ant-table-measure-row[tabindex]')) {
    row.removeAttribute('tabindex');
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
}

/** Mends the document now and after every change to it. */
export function startA11yPatches(): void {
  mend(document);
  new MutationObserver(() => mend(document)).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-required', 'role', 'tabindex', 'aria-label'],
  });
}
