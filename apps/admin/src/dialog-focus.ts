/**
 * antd's dialogs (rc-dialog) keep the keyboard inside with two focusable guards, one before and one
 * after the content; Tab rests on a guard for one press with nothing visible focused. Here the guard
 * passes the focus straight on: past the last control to the first, and (Shift+Tab) before the
 * first to the last — one visible stop after another, still never leaving the dialog.
 */
const TABBABLE = [
  'button:not([disabled])',
  'a[href]',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

function guardsOf(dialog: HTMLElement): { start: Element | null; end: Element | null } {
  const first = dialog.firstElementChild;
  const last = dialog.lastElementChild;
  const guard = (element: Element | null) => (element?.getAttribute('tabindex') === '0' ? element : null);
  return { start: guard(first), end: last !== first ? guard(last) : null };
}

function controlsOf(dialog: HTMLElement, guards: (Element | null)[]): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) =>
      !guards.includes(element) && element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"]'),
  );
}

export function startDialogFocusWrap(): void {
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const dialog = target.closest<HTMLElement>('[role="dialog"]');
      if (!dialog) return;
      const { start, end } = guardsOf(dialog);
      if (target !== start && target !== end) return;
      const from = event.relatedTarget;
      // The dialog focusing its own start guard as it opens is left alone.
      if (!(from instanceof Node) || !dialog.contains(from)) return;
      const controls = controlsOf(dialog, [start, end]);
      const next = target === end ? controls[0] : controls[controls.length - 1];
      next?.focus();
    },
    true,
  );
}
