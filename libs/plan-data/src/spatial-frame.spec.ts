import { describe, expect, it } from '@jest/globals';
import {
  DISTRICT_OUTLINE,
  HEADLINE_FIGURES,
  PARKS,
  PARK_OUTLINES,
  PLAN_GOALS_2025,
  SPATIAL_FRAME,
  type Position,
  type SpatialGeometry,
} from './index.js';

/** Urumqi's administrative extent, generously: the city's districts and counties. */
const URUMQI = { lng: [86.6, 88.6], lat: [42.7, 44.4] } as const;

const within = ([lng, lat]: Position) =>
  lng >= URUMQI.lng[0] && lng <= URUMQI.lng[1] && lat >= URUMQI.lat[0] && lat <= URUMQI.lat[1];

const positions = (geometry: SpatialGeometry): Position[] =>
  geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates;

/** Twice the signed area (shoelace): positive for a counter-clockwise ring. */
const signedArea = (ring: Position[]) =>
  ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i][0] * y - x * ring[i][1]), 0);

/** Ray casting: is the point inside the ring? */
const contains = (ring: Position[], [x, y]: Position) => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

const segmentsCross = ([a, b]: [Position, Position], [c, d]: [Position, Position]) => {
  const orient = (p: Position, q: Position, r: Position) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
};

const expectValidRing = (ring: Position[], name: string) => {
  expect({ name, points: ring.length >= 4 }).toEqual({ name, points: true });
  expect({ name, closed: ring[0] }).toEqual({ name, closed: ring[ring.length - 1] });
  expect({ name, counterClockwise: signedArea(ring) > 0 }).toEqual({ name, counterClockwise: true });
  const edges = ring.slice(1).map((point, i): [Position, Position] => [ring[i], point]);
  const crossings = edges.flatMap((edge, i) => edges.slice(i + 2).filter((other) => segmentsCross(edge, other)));
  expect({ name, crossings }).toEqual({ name, crossings: [] });
};

describe('park outlines', () => {
  it('are closed, counter-clockwise, simple rings', () => {
    for (const outline of PARK_OUTLINES) {
      for (const ring of outline.geometry.coordinates) expectValidRing(ring, outline.parkCode);
    }
  });

  it('belong to known parks, one each, and contain the park’s location', () => {
    const codes = PARK_OUTLINES.map((outline) => outline.parkCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const outline of PARK_OUTLINES) {
      const park = PARKS.find((candidate) => candidate.code === outline.parkCode);
      expect({ code: outline.parkCode, known: Boolean(park) }).toEqual({ code: outline.parkCode, known: true });
      if (park) {
        const inside = contains(outline.geometry.coordinates[0], [park.location.lng, park.location.lat]);
        expect({ code: park.code, inside }).toEqual({ code: park.code, inside: true });
      }
    }
  });

  it('lie within Urumqi unless flagged outside it, and every one is flagged sample', () => {
    for (const outline of PARK_OUTLINES) {
      expect({ code: outline.parkCode, sample: outline.sample }).toEqual({ code: outline.parkCode, sample: true });
      // A bounding box cannot prove an outline outside the city (昌吉 lies inside Urumqi's box): exempt only.
      if (outline.outsideUrumqi) continue;
      const inside = positions(outline.geometry).every(within);
      expect({ code: outline.parkCode, inside }).toEqual({ code: outline.parkCode, inside: true });
    }
  });

  it('cover every park, zone, enclave and town (carriers are points)', () => {
    const areal = PARKS.filter((park) => !['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR'].includes(park.kind));
    const missing = areal.filter((park) => !PARK_OUTLINES.some((outline) => outline.parkCode === park.code));
    expect(missing.map((park) => park.code)).toEqual([]);
  });
});

describe('spatial frame', () => {
  it('has the plan’s three axes, three zones, two axes and the five named precincts', () => {
    const names = (frame: string, kind: string) =>
      SPATIAL_FRAME.filter((feature) => feature.frame === frame && feature.kind === kind).map(
        (feature) => feature.name,
      );
    expect(names('THREE_AXES_THREE_ZONES', 'AXIS')).toEqual(['北京北路发展轴', '长春北路发展轴', '东站路发展轴']);
    expect(names('THREE_AXES_THREE_ZONES', 'ZONE')).toEqual(['临空产业园A区', '临空产业园B区', '临空产业园C区']);
    expect(names('TWO_AXES_SIX_PRECINCTS', 'AXIS')).toEqual(['北京路综合服务轴', '长春路总部经济轴']);
    expect(names('TWO_AXES_SIX_PRECINCTS', 'PRECINCT')).toEqual([
      '鲤鱼山片区',
      '创新广场片区',
      '高新万达片区',
      '人才大厦片区',
      '杉杉奥特莱斯片区',
    ]);
  });

  it('has valid sample geometry inside Urumqi, codes unique, zones drawn as their park', () => {
    const all = [DISTRICT_OUTLINE, ...SPATIAL_FRAME];
    expect(new Set(all.map((feature) => feature.code)).size).toBe(all.length);
    for (const feature of all) {
      expect({ code: feature.code, sample: feature.sample }).toEqual({ code: feature.code, sample: true });
      expect({ code: feature.code, inside: positions(feature.geometry).every(within) }).toEqual({
        code: feature.code,
        inside: true,
      });
      if (feature.geometry.type === 'Polygon') {
        for (const ring of feature.geometry.coordinates) expectValidRing(ring, feature.code);
      } else {
        expect(feature.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
      }
      if (feature.kind === 'ZONE') {
        const outline = PARK_OUTLINES.find((candidate) => candidate.parkCode === feature.parkCode);
        expect(feature.geometry).toBe(outline?.geometry);
      }
    }
  });

  it('draws the district around the parks inside it', () => {
    const ring = DISTRICT_OUTLINE.geometry.coordinates[0] as Position[];
    const inDistrict = PARK_OUTLINES.filter((outline) => !outline.parkCode.startsWith('ENCLAVE_'));
    for (const outline of inDistrict) {
      const park = PARKS.find((candidate) => candidate.code === outline.parkCode);
      if (park)
        expect({ code: park.code, inside: contains(ring, [park.location.lng, park.location.lat]) }).toEqual({
          code: park.code,
          inside: true,
        });
    }
  });
});

describe('2025 goals', () => {
  it('cite the plan, name known baselines, and carry a number only where the plan states one', () => {
    const baselines = new Set(HEADLINE_FIGURES.map((figure) => figure.code));
    expect(PLAN_GOALS_2025.filter((goal) => goal.planRef === '第二章第三节')).toHaveLength(8);
    for (const goal of PLAN_GOALS_2025) {
      expect(goal.year).toBe(2025);
      expect(goal.baselineCodes.filter((code) => !baselines.has(code))).toEqual([]);
      expect(goal.target === null).toBe(goal.unit === null);
      if (goal.target !== null) expect(goal.goal).toContain('全覆盖');
    }
  });
});
