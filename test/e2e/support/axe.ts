import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Resolves when every finite animation and transition of the page has ended (as source: no DOM types here). */
const SETTLE_ANIMATIONS = `Promise.all(
  document.getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => undefined)),
)`;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export interface AxeScope {
  /** CSS selectors of the parts to check (default: the whole document). */
  include?: string[];
  exclude?: string[];
}

/**
 * Runs axe-core (WCAG 2 A/AA rules) on the page as it stands (or the parts `scope` names), and
 * answers the violations as "rule: help — selectors" lines, so a failing expectation says what to fix.
 */
export const axeViolations = async (page: Page, scope: AxeScope = {}): Promise<string[]> => {
  // Evaluated through the browser's debugging protocol: the app's CSP (script-src 'self') rightly
  // refuses an injected inline <script>, and the check must see the page as users get it.
  await page.evaluate(AXE_SOURCE);
  // colours mid-transition (a button just enabled, a toast fading) are not what users read: let every
  // finite animation end first (spinners loop forever and are skipped)
  await page.evaluate(SETTLE_ANIMATIONS);
  const context = {
    include: (scope.include ?? ['html']).map((selector) => [selector]),
    exclude: (scope.exclude ?? []).map((selector) => [selector]),
  };
  const violations = await page.evaluate(async (context) => {
    const axe = (
      globalThis as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations;
  }, context);
  return violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
};
