import { parkOutline } from './park-outlines.js';

/**
 * The plan's spatial frame as map data: 三轴三区 (ch.4 §2) and 两轴六片区 (ch.8 §1), plus an outline
 * of the district for a map drawn without base tiles. The plan names these places but draws none of
 * them: every geometry is a SAMPLE (`sample: true`, 示例 on screen) placed along the roads that carry
 * the names, to be replaced by surveyed data. The names, groupings and roles are the plan's.
 */

/** [longitude, latitude] in WGS 84, as GeoJSON (RFC 7946) orders them. */
export type Position = [number, number];

export interface LineStringGeometry {
  type: 'LineString';
  coordinates: Position[];
}

export interface PolygonGeometry {
  type: 'Polygon';
  /** Closed linear rings, the first the exterior (counter-clockwise). */
  coordinates: Position[][];
}

export type SpatialGeometry = LineStringGeometry | PolygonGeometry;

/** Which of the plan's spatial frames a feature belongs to. */
export type SpatialFrameCode = 'DISTRICT' | 'THREE_AXES_THREE_ZONES' | 'TWO_AXES_SIX_PRECINCTS';

/** AXIS 发展轴 · ZONE 园区 (三区) · PRECINCT 片区 · ROAD a road the plan names · DISTRICT the district. */
export type SpatialFeatureKind = 'DISTRICT' | 'AXIS' | 'ROAD' | 'ZONE' | 'PRECINCT';

export interface SpatialFeatureData {
  code: string;
  name: string;
  nameEn: string;
  kind: SpatialFeatureKind;
  frame: SpatialFrameCode;
  /** What the plan says the place is for, in its words. */
  role: string;
  roleEn: string;
  planRef: string;
  /** For the 三区: the park (zone) in parks.ts; its geometry is that park's outline. */
  parkCode: string | null;
  geometry: SpatialGeometry;
  /** True while the geometry is not surveyed (all of them today). */
  sample: boolean;
}

const REF_INDUSTRY = '第四章第二节';
const REF_SPACE = '第八章第一节';

const line = (...coordinates: Position[]): LineStringGeometry => ({ type: 'LineString', coordinates });
const polygon = (...ring: Position[]): PolygonGeometry => ({ type: 'Polygon', coordinates: [ring] });

/** One of 三轴 (ch.4 §2): the plan names each axis after its road and gives it no further role. */
const industrialAxis = (
  code: string,
  name: string,
  nameEn: string,
  ...coordinates: Position[]
): SpatialFeatureData => ({
  code,
  name,
  nameEn,
  kind: 'AXIS',
  frame: 'THREE_AXES_THREE_ZONES',
  role: '三轴之一',
  roleEn: 'One of the three axes',
  planRef: REF_INDUSTRY,
  parkCode: null,
  geometry: line(...coordinates),
  sample: true,
});

const zoneOutline = (parkCode: string): PolygonGeometry => {
  const outline = parkOutline(parkCode);
  if (!outline) throw new Error(`spatial frame: no outline for zone ${parkCode}`);
  return outline.geometry;
};

/** A sample outline of 高新区（新市区）, drawn coarsely around its parks and towns (not surveyed). */
export const DISTRICT_OUTLINE: SpatialFeatureData = {
  code: 'DISTRICT',
  name: '高新区（新市区）',
  nameEn: 'High-tech Zone (Xinshi District)',
  kind: 'DISTRICT',
  frame: 'DISTRICT',
  role: '乌鲁木齐国家高新技术产业开发区（新市区）',
  roleEn: 'Urumqi National High-tech Zone (Xinshi District)',
  planRef: '第八章第一节',
  parkCode: null,
  geometry: polygon(
    [87.535, 43.835],
    [87.6, 43.84],
    [87.62, 43.9],
    [87.6, 43.98],
    [87.6, 44.06],
    [87.53, 44.08],
    [87.47, 44.05],
    [87.45, 43.95],
    [87.46, 43.88],
    [87.5, 43.85],
    [87.535, 43.835],
  ),
  sample: true,
};

export const SPATIAL_FRAME: readonly SpatialFeatureData[] = [
  // 三轴三区、临空赋能、产城融合 (ch.4 §2): the industrial layout.
  industrialAxis(
    'AXIS_BEIJING_NORTH_ROAD',
    '北京北路发展轴',
    'Beijing North Road development axis',
    [87.566, 43.85],
    [87.565, 43.9],
    [87.562, 43.95],
    [87.558, 44.0],
    [87.55, 44.04],
  ),
  industrialAxis(
    'AXIS_CHANGCHUN_NORTH_ROAD',
    '长春北路发展轴',
    'Changchun North Road development axis',
    [87.545, 43.855],
    [87.542, 43.9],
    [87.538, 43.95],
    [87.535, 44.0],
  ),
  industrialAxis(
    'AXIS_DONGZHAN_ROAD',
    '东站路发展轴',
    'Dongzhan Road development axis',
    [87.47, 43.9],
    [87.5, 43.91],
    [87.54, 43.915],
    [87.6, 43.92],
  ),
  ...(
    [
      ['AIRPORT_A', 'A', '临空经济总部、临空商务、临空物流', 'Airport-economy headquarters, business and logistics'],
      [
        'AIRPORT_B',
        'B',
        '先进制造业、新材料、生物医药；北部国家智能产业园，南部科研院所',
        'Advanced manufacturing, new materials, biomedicine; the National Intelligent Industry Park to the north, research institutes to the south',
      ],
      [
        'AIRPORT_C',
        'C',
        '存量企业提档升级、清理僵尸企业、发展绿色产业',
        'Upgrade existing firms, clear zombie firms, green industry',
      ],
    ] as const
  ).map(([parkCode, letter, role, roleEn]): SpatialFeatureData => ({
    code: `ZONE_${parkCode}`,
    name: `临空产业园${letter}区`,
    nameEn: `Airport Industrial Park, zone ${letter}`,
    kind: 'ZONE',
    frame: 'THREE_AXES_THREE_ZONES',
    role,
    roleEn,
    planRef: REF_INDUSTRY,
    parkCode,
    geometry: zoneOutline(parkCode),
    sample: true,
  })),
  {
    code: 'ROAD_DONGJINCHANG',
    name: '东进场路',
    nameEn: 'Dongjinchang Road',
    kind: 'ROAD',
    frame: 'THREE_AXES_THREE_ZONES',
    role: '串联三个临空产业园区',
    roleEn: 'Links the three airport industrial zones',
    planRef: REF_SPACE,
    parkCode: null,
    geometry: line([87.505, 43.895], [87.508, 43.915], [87.515, 43.935], [87.52, 43.955]),
    sample: true,
  },
  // 两轴六片区 (ch.8 §1). The plan counts six precincts but names five; the sixth is not invented here.
  {
    code: 'AXIS_BEIJING_ROAD_SERVICES',
    name: '北京路综合服务轴',
    nameEn: 'Beijing Road comprehensive services axis',
    kind: 'AXIS',
    frame: 'TWO_AXES_SIX_PRECINCTS',
    role: '引导公共服务功能集聚，塑造特色服务街区',
    roleEn: 'Gathers public services; distinctive service streets',
    planRef: REF_SPACE,
    parkCode: null,
    geometry: line([87.567, 43.84], [87.566, 43.87], [87.565, 43.9], [87.563, 43.93]),
    sample: true,
  },
  {
    code: 'AXIS_CHANGCHUN_ROAD_HQ',
    name: '长春路总部经济轴',
    nameEn: 'Changchun Road headquarters-economy axis',
    kind: 'AXIS',
    frame: 'TWO_AXES_SIX_PRECINCTS',
    role: '引导商业服务功能集聚，展现最前沿科技及城市建设',
    roleEn: 'Gathers commercial services; shows leading technology and urban construction',
    planRef: REF_SPACE,
    parkCode: null,
    geometry: line([87.547, 43.845], [87.546, 43.87], [87.545, 43.9], [87.543, 43.93]),
    sample: true,
  },
  ...(
    [
      [
        'LIYUSHAN',
        '鲤鱼山片区',
        'Liyushan precinct',
        '中央活力区核心；商业文娱产业集群',
        'Core of the central activity area; commerce and entertainment cluster',
        [
          [87.5726, 43.868],
          [87.5776, 43.8699],
          [87.5803, 43.8735],
          [87.5743, 43.8754],
          [87.5682, 43.8757],
          [87.5637, 43.8726],
          [87.5676, 43.8696],
          [87.5726, 43.868],
        ],
      ],
      [
        'INNOVATION_PLAZA',
        '创新广场片区',
        'Innovation Plaza precinct',
        '创新广场金融科技中心',
        'Innovation Plaza fintech centre',
        [
          [87.5697, 43.8556],
          [87.5735, 43.8571],
          [87.5726, 43.8599],
          [87.5683, 43.8605],
          [87.5635, 43.8604],
          [87.563, 43.8575],
          [87.5657, 43.8556],
          [87.5697, 43.8556],
        ],
      ],
      [
        'GAOXIN_WANDA',
        '高新万达片区',
        'Gaoxin Wanda precinct',
        '两轴六片区之一',
        'One of the six precincts',
        [
          [87.5876, 43.8602],
          [87.5906, 43.862],
          [87.5876, 43.8639],
          [87.5839, 43.8645],
          [87.58, 43.8633],
          [87.5814, 43.861],
          [87.5839, 43.8592],
          [87.5876, 43.8602],
        ],
      ],
      [
        'TALENT_TOWER',
        '人才大厦片区',
        'Talent Tower precinct',
        '两轴六片区之一',
        'One of the six precincts',
        [
          [87.5566, 43.8647],
          [87.5575, 43.8668],
          [87.5542, 43.8678],
          [87.5506, 43.8682],
          [87.5487, 43.8663],
          [87.5504, 43.8646],
          [87.5534, 43.8633],
          [87.5566, 43.8647],
        ],
      ],
      [
        'SHANSHAN_OUTLETS',
        '杉杉奥特莱斯片区',
        'Shanshan Outlets precinct',
        '两轴六片区之一',
        'One of the six precincts',
        [
          [87.5589, 43.917],
          [87.5571, 43.9197],
          [87.5533, 43.9208],
          [87.5484, 43.9204],
          [87.5485, 43.9176],
          [87.5504, 43.9153],
          [87.5553, 43.9148],
          [87.5589, 43.917],
        ],
      ],
    ] as const
  ).map(([code, name, nameEn, role, roleEn, ring]): SpatialFeatureData => ({
    code: `PRECINCT_${code}`,
    name,
    nameEn,
    kind: 'PRECINCT',
    frame: 'TWO_AXES_SIX_PRECINCTS',
    role,
    roleEn,
    planRef: REF_SPACE,
    parkCode: null,
    geometry: polygon(...ring.map(([lng, lat]): Position => [lng, lat])),
    sample: true,
  })),
];
