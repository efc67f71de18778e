import { DemoClock } from './demo-clock.js';

/** A step of a sample plot after it is recorded: its status and how many days ago it was taken. */
export interface DemoLandStep {
  status: 'UNDER_RECOVERY' | 'RECOVERED';
  daysAgo: number;
}

/** A sample idle plot (腾笼换鸟): where it lies, who holds it, and the steps of its recovery so far. */
export interface DemoLandPlot {
  code: string;
  parkCode: string;
  areaMu: number;
  holderName: string;
  idleSince: string;
  disposalRoute: 'INTEGRATE' | 'STATE_RESERVE' | 'MOVE_UPSTAIRS' | null;
  /** Null: drawn at its park's point, as a plot whose location nobody has entered yet. */
  location: { lng: number; lat: number } | null;
  steps: { status: DemoLandStep['status']; on: string }[];
  note: string;
}

const NOTE = '示例数据：演示腾笼换鸟流程，非真实地块';

/**
 * The sample plots of the demo set: idle plots of 北区工业园 (where the plan disposes of idle land,
 * ch.4 §2) and 临空 C区 (clear zombie firms), some under recovery, two recovered in different years,
 * so the map's idle layer and the plan dashboard's recovered figure show something. Dates count back
 * from the load day; two plots have no location (the map puts them at their park).
 */
export function demoLandPlots(today: string): DemoLandPlot[] {
  const clock = new DemoClock(today);
  const plot = (
    code: string,
    parkCode: string,
    areaMu: number,
    holderName: string,
    idleDaysAgo: number,
    location: DemoLandPlot['location'],
    disposalRoute: DemoLandPlot['disposalRoute'] = null,
    steps: DemoLandStep[] = [],
  ): DemoLandPlot => ({
    code,
    parkCode,
    areaMu,
    holderName,
    idleSince: clock.date(idleDaysAgo),
    disposalRoute,
    location,
    steps: steps.map((step) => ({ status: step.status, on: clock.date(step.daysAgo) })),
    note: NOTE,
  });
  return [
    plot('示例-北区-01', 'NORTH_INDUSTRIAL_PARK', 45.6, '乌鲁木齐示例化工有限公司', 1400, { lng: 87.552, lat: 43.958 }),
    plot(
      '示例-北区-02',
      'NORTH_INDUSTRIAL_PARK',
      32,
      '新疆示例建材有限公司',
      1800,
      { lng: 87.566, lat: 43.944 },
      'STATE_RESERVE',
      [{ status: 'UNDER_RECOVERY', daysAgo: 300 }],
    ),
    plot(
      '示例-北区-03',
      'NORTH_INDUSTRIAL_PARK',
      28.5,
      '乌鲁木齐示例机械厂',
      2000,
      { lng: 87.571, lat: 43.952 },
      'INTEGRATE',
      [
        { status: 'UNDER_RECOVERY', daysAgo: 900 },
        { status: 'RECOVERED', daysAgo: 700 },
      ],
    ),
    plot('示例-C区-01', 'AIRPORT_C', 60, '新疆示例物流有限公司', 1500, null, 'MOVE_UPSTAIRS', [
      { status: 'UNDER_RECOVERY', daysAgo: 500 },
      { status: 'RECOVERED', daysAgo: 120 },
    ]),
    plot('示例-C区-02', 'AIRPORT_C', 18, '乌鲁木齐示例塑料制品厂', 1000, null),
  ];
}
