import type { Page } from 'playwright-core';

/** A small valid-looking PDF (the API checks the type by its first bytes). */
export const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4096, 0x20), Buffer.from('\n%%EOF\n')]);

/**
 * Clicks a file picker's button (by its accessible name) and hands the file chooser a file, a PDF
 * unless another is given; then moves the mouse off the button (antd's hover colour is a passing
 * state, not the page's contrast, for an axe check after).
 */
export const attachFile = async (
  page: Page,
  button: string | RegExp,
  name: string,
  file: { mimeType: string; buffer: Buffer } = { mimeType: 'application/pdf', buffer: PDF },
): Promise<void> => {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles({ name, ...file });
  await page.mouse.move(0, 0);
};

/** A full-page screenshot into E2E_SCREENSHOTS when it is set (to look at), nothing otherwise. */
export const shoot = async (page: Page, name: string): Promise<void> => {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
};

/** Whether the page fits the screen's width (no sideways scroll). */
export const noHorizontalOverflow = (page: Page): Promise<boolean> =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
