import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './paths.js';

const AXE_SCRIPT = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2.x A/AA violations on the page as it is now, or only inside `selector`:
 * `expect(await axeViolations(page)).toEqual([])` names each rule and element that fails.
 */
export const axeViolations = async (page: Page, selector?: string): Promise<AxeViolation[]> => {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const context = selector ? `document.querySelector(${JSON.stringify(selector)})` : 'document';
  // A string runs in the page as it is (this file is compiled without the DOM's types).
  return page.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(${context}, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  })()`);
};
