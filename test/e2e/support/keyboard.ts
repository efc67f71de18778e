import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './browser.js';

/** Keyboard-only use of the app: where the focus is, and moving it with Tab as a person would. */

export interface Focused {
  tag: string;
  name: string;
  visible: boolean;
}

/**
 * What has the focus: its tag, accessible name (aria-label, label or text) and whether it shows —
 * the browser's own :focus-visible with an outline, or antd's focus ring (a box-shadow or outline on
 * the element or the control around it). A string: the test project has no DOM types.
 */
const FOCUSED = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return { tag: 'body', name: '', visible: false };
  const labelled = element.getAttribute('aria-labelledby');
  const label =
    element.getAttribute('aria-label') ||
    (labelled ? document.getElementById(labelled)?.textContent ?? '' : '') ||
    (element.labels?.[0]?.textContent ?? '') ||
    element.getAttribute('placeholder') ||
    element.textContent ||
    '';
  const ring = (el) => {
    if (!el) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  };
  const control = element.closest(
    '.ant-input-affix-wrapper, .ant-input-number, .ant-select, .ant-picker, .ant-checkbox-wrapper, .ant-radio-wrapper',
  );
  return {
    tag: element.tagName.toLowerCase(),
    name: label.replace(/\\s+/g, ' ').trim(),
    visible: element.matches(':focus-visible') && (ring(element) || ring(control)),
  };
})()`;

export const focused = (page: Page): Promise<Focused> => page.evaluate<Focused>(FOCUSED);

/** Presses Tab (or Shift+Tab) until the focused element's name matches, checking every stop shows its focus. */
export async function tabTo(page: Page, name: RegExp, { back = false, max = 120 } = {}): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.tag !== 'body') expect({ stop: now.name, visible: now.visible }).toEqual({ stop: now.name, visible: true });
    if (name.test(now.name)) return now;
  }
  throw new Error(`no focusable element named ${name} within ${max} Tab presses`);
}

/** Signs in with the keyboard alone: Tab to each field, type, Tab to the button, Enter. */
export async function signInByKeyboard(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/^(邮箱|Email)$/).waitFor();
  await tabTo(page, /^(邮箱|Email)$/);
  await page.keyboard.type(email);
  await tabTo(page, /^(密码|Password)$/);
  await page.keyboard.type(DEMO_PASSWORD);
  await tabTo(page, /^(登录|Sign in)$/);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Presses Tab until the focused element matches a CSS selector (a link to one record), each stop visible. */
export async function tabToElement(page: Page, selector: string, { max = 200 } = {}): Promise<Focused> {
  const matches = `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`;
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.tag !== 'body') expect({ stop: now.name, visible: now.visible }).toEqual({ stop: now.name, visible: true });
    if (await page.evaluate<boolean>(matches)) return now;
  }
  throw new Error(`no focusable element matching ${selector} within ${max} Tab presses`);
}
