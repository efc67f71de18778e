import type { PolygonGeometry } from './spatial-frame.js';

/**
 * Park boundaries as GeoJSON polygons (RFC 7946: [lng, lat], exterior ring counter-clockwise, closed).
 * The plan draws no boundary: every outline here is a SAMPLE drawn around the park's approximate
 * location (itself sample data in parks.ts), sized by the kind of park, to be replaced by surveyed
 * boundaries (e.g. from the natural-resources bureau) when a deployment has them. The map marks each
 * `sample` outline 示例. Incubation carriers (众创空间, 孵化器, 加速器) are buildings and have no outline.
 */
export interface ParkOutlineData {
  /** The park's code in parks.ts. */
  parkCode: string;
  geometry: PolygonGeometry;
  /** True while the outline is not a surveyed boundary. */
  sample: boolean;
  /** The enclave parks 昌吉 and 乌准东 lie outside Urumqi's city boundary (ch.6 §1). */
  outsideUrumqi: boolean;
}

const sample = (parkCode: string, ring: [number, number][], outsideUrumqi = false): ParkOutlineData => ({
  parkCode,
  geometry: { type: 'Polygon', coordinates: [ring] },
  sample: true,
  outsideUrumqi,
});

export const PARK_OUTLINES: readonly ParkOutlineData[] = [
  // 临空产业园 and its A/B/C zones (ch.4 §2: 东进场路串联的三个临空产业园区).
  sample('AIRPORT_PARK', [
    [87.5489, 43.9379],
    [87.5205, 43.9578],
    [87.49, 43.953],
    [87.4626, 43.9321],
    [87.4825, 43.905],
    [87.5098, 43.8913],
    [87.5429, 43.9035],
    [87.5489, 43.9379],
  ]),
  sample('AIRPORT_A', [
    [87.5012, 43.9295],
    [87.4907, 43.9308],
    [87.481, 43.9299],
    [87.4775, 43.9239],
    [87.4852, 43.9201],
    [87.4949, 43.9177],
    [87.501, 43.923],
    [87.5012, 43.9295],
  ]),
  sample('AIRPORT_B', [
    [87.5301, 43.9518],
    [87.5169, 43.952],
    [87.5032, 43.9493],
    [87.5068, 43.9416],
    [87.5167, 43.9373],
    [87.5316, 43.9374],
    [87.5334, 43.945],
    [87.5301, 43.9518],
  ]),
  sample('AIRPORT_C', [
    [87.5133, 43.9099],
    [87.5047, 43.9103],
    [87.4982, 43.906],
    [87.5036, 43.9016],
    [87.5109, 43.8983],
    [87.5191, 43.9014],
    [87.5186, 43.9065],
    [87.5133, 43.9099],
  ]),
  sample('NORTH_INDUSTRIAL_PARK', [
    [87.5609, 43.9563],
    [87.5474, 43.956],
    [87.5458, 43.9489],
    [87.5534, 43.9441],
    [87.5664, 43.9416],
    [87.5724, 43.9481],
    [87.5721, 43.9543],
    [87.5609, 43.9563],
  ]),
  sample('GOLD_PARK', [
    [87.5432, 44.0142],
    [87.5361, 44.0123],
    [87.5386, 44.0083],
    [87.543, 44.0053],
    [87.5508, 44.0061],
    [87.552, 44.01],
    [87.551, 44.0141],
    [87.5432, 44.0142],
  ]),
  sample('SCI_TECH_VALLEY', [
    [87.5708, 43.8887],
    [87.5675, 43.8856],
    [87.5704, 43.8828],
    [87.5757, 43.8805],
    [87.5806, 43.883],
    [87.5816, 43.8861],
    [87.5781, 43.8891],
    [87.5708, 43.8887],
  ]),
  sample('MICRO_PARK', [
    [87.5495, 43.9677],
    [87.5496, 43.9645],
    [87.5518, 43.962],
    [87.5577, 43.9614],
    [87.56, 43.9642],
    [87.5608, 43.9672],
    [87.5554, 43.9685],
    [87.5495, 43.9677],
  ]),
  sample('CA_GOLD_JADE_PARK', [
    [87.5538, 44.0016],
    [87.5552, 43.9987],
    [87.5584, 43.9961],
    [87.5639, 43.9974],
    [87.5657, 44.0],
    [87.5646, 44.0032],
    [87.5587, 44.0029],
    [87.5538, 44.0016],
  ]),
  sample('AIRPORT_LOGISTICS_PARK', [
    [87.4798, 43.9154],
    [87.481, 43.913],
    [87.4856, 43.9115],
    [87.489, 43.9136],
    [87.4909, 43.916],
    [87.4873, 43.9181],
    [87.4826, 43.9172],
    [87.4798, 43.9154],
  ]),
  // 飞地园区 (ch.6 §1): 昌吉 and 乌准东 lie outside Urumqi; 米东区 and 甘泉堡 inside it.
  sample(
    'ENCLAVE_CHANGJI',
    [
      [87.287, 44.0089],
      [87.2912, 44.0018],
      [87.3061, 44.0021],
      [87.3131, 44.0079],
      [87.3153, 44.0156],
      [87.301, 44.0177],
      [87.2889, 44.0153],
      [87.287, 44.0089],
    ],
    true,
  ),
  sample(
    'ENCLAVE_ZHUNDONG',
    [
      [88.9782, 44.5945],
      [88.9933, 44.5842],
      [89.0146, 44.5908],
      [89.027, 44.6001],
      [89.0186, 44.6122],
      [88.9949, 44.611],
      [88.9731, 44.6065],
      [88.9782, 44.5945],
    ],
    true,
  ),
  sample('ENCLAVE_MIDONG', [
    [87.6401, 43.9649],
    [87.6512, 43.9627],
    [87.6588, 43.9668],
    [87.664, 43.9724],
    [87.6544, 43.9762],
    [87.6442, 43.9753],
    [87.6352, 43.9711],
    [87.6401, 43.9649],
  ]),
  sample('ENCLAVE_GANQUANBAO', [
    [87.8677, 44.1583],
    [87.8872, 44.1604],
    [87.8995, 44.1669],
    [87.9002, 44.1776],
    [87.8811, 44.1796],
    [87.8632, 44.1782],
    [87.8573, 44.168],
    [87.8677, 44.1583],
  ]),
  sample('ANNINGQU_TOWN', [
    [87.5268, 44.0267],
    [87.5372, 44.0301],
    [87.5455, 44.0351],
    [87.5386, 44.0411],
    [87.5272, 44.0414],
    [87.5153, 44.0388],
    [87.5187, 44.0319],
    [87.5268, 44.0267],
  ]),
  // Parks, zones and towns the plan names that plan-truth added (ch.3 §6, ch.4 §2, ch.8 §1): sample hexagons.
  sample('NATIONAL_SMART_INDUSTRY_PARK', [
    [87.527, 43.955],
    [87.5235, 43.9593],
    [87.5165, 43.9593],
    [87.513, 43.955],
    [87.5165, 43.9507],
    [87.5235, 43.9507],
    [87.527, 43.955],
  ]),
  sample('AIRPORT_B_INNOVATION_HUB', [
    [87.5256, 43.935],
    [87.5228, 43.9385],
    [87.5172, 43.9385],
    [87.5144, 43.935],
    [87.5172, 43.9315],
    [87.5228, 43.9315],
    [87.5256, 43.935],
  ]),
  sample('AIRPORT_B_SERVICE_CORE', [
    [87.5262, 43.945],
    [87.5241, 43.9476],
    [87.5199, 43.9476],
    [87.5178, 43.945],
    [87.5199, 43.9424],
    [87.5241, 43.9424],
    [87.5262, 43.945],
  ]),
  sample('TECH_ENCLAVE', [
    [87.5784, 43.89],
    [87.5742, 43.8952],
    [87.5658, 43.8952],
    [87.5616, 43.89],
    [87.5658, 43.8848],
    [87.5742, 43.8848],
    [87.5784, 43.89],
  ]),
  sample('CHENGBEI_NEW_TOWN', [
    [87.5596, 44.025],
    [87.5498, 44.0371],
    [87.5302, 44.0371],
    [87.5204, 44.025],
    [87.5302, 44.0129],
    [87.5498, 44.0129],
    [87.5596, 44.025],
  ]),
  sample('EDUCATION_TOWN', [
    [87.5862, 44.0],
    [87.5806, 44.0069],
    [87.5694, 44.0069],
    [87.5638, 44.0],
    [87.5694, 43.9931],
    [87.5806, 43.9931],
    [87.5862, 44.0],
  ]),
];

const BY_PARK = new Map(PARK_OUTLINES.map((outline) => [outline.parkCode, outline]));

/** The outline of a park, or undefined for a park drawn as a point (incubation carriers, new parks). */
export const parkOutline = (parkCode: string): ParkOutlineData | undefined => BY_PARK.get(parkCode);
