import { describe, expect, it } from '@jest/globals';
import { demoLandPlots } from './demo-land.js';

describe('demoLandPlots', () => {
  const plots = demoLandPlots('2026-12-03');

  it('has idle plots, plots under recovery and plots recovered in two different years, all in the past', () => {
    const last = (plot: (typeof plots)[number]) => plot.steps.at(-1)?.status ?? 'IDLE';
    expect(new Set(plots.map(last))).toEqual(new Set(['IDLE', 'UNDER_RECOVERY', 'RECOVERED']));
    const recoveredYears = plots.flatMap((p) =>
      p.steps.filter((s) => s.status === 'RECOVERED').map((s) => s.on.slice(0, 4)),
    );
    expect(new Set(recoveredYears).size).toBe(2);
    for (const plot of plots) {
      const dates = [plot.idleSince, ...plot.steps.map((s) => s.on)];
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d < '2026-12-03')).toBe(true);
      if (plot.steps.length) expect(plot.disposalRoute).not.toBeNull();
    }
  });

  it('gives some plots a location in a park’s range and leaves some at their park', () => {
    const placed = plots.filter((p) => p.location);
    expect(placed.length).toBeGreaterThan(0);
    expect(plots.some((p) => !p.location)).toBe(true);
    for (const { location } of placed) {
      expect(location!.lng).toBeGreaterThanOrEqual(73);
      expect(location!.lng).toBeLessThanOrEqual(135);
      expect(location!.lat).toBeGreaterThanOrEqual(18);
      expect(location!.lat).toBeLessThanOrEqual(54);
    }
    expect(new Set(plots.map((p) => p.code)).size).toBe(plots.length);
  });
});
