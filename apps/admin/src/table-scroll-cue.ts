/**
 * A table wider than its place scrolls inside itself (the page never scrolls sideways). That it does
 * must show: the table gets `data-more-right` / `data-more-left` while columns lie beyond that edge,
 * and `focus.css` draws a shade along it (touch screens show no scrollbar until one scrolls).
 */
const BOXES = '.ant-table-content, .ant-table-body';

function cue(box: Element): void {
  const table = box.closest('.ant-table');
  if (!table) return;
  const rest = box.scrollWidth - box.clientWidth - box.scrollLeft;
  table.toggleAttribute('data-more-right', rest > 1);
  table.toggleAttribute('data-more-left', box.scrollLeft > 1);
}

/** Marks every scrolling table under `root` (called as the DOM changes). */
export function cueTableScroll(root: ParentNode): void {
  for (const box of root.querySelectorAll(BOXES)) cue(box);
}

/** Keeps the marks true while a table is scrolled or the window resized. */
export function startTableScrollCues(): void {
  document.addEventListener(
    'scroll',
    (event) => {
      if (event.target instanceof Element && event.target.matches(BOXES)) cue(event.target);
    },
    true,
  );
  window.addEventListener('resize', () => cueTableScroll(document));
}
