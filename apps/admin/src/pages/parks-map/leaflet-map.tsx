import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { PlanMapQuery } from '../../gql/graphql';
import type { ParkSummary } from '../../graphql/types';
import { CARRIER_KINDS } from './park-map-style';

type PlanMapData = PlanMapQuery['planMap'];

/** An idle plot (闲置 or 收回中) as the map draws it: at its own point, or at its park's (atPark). */
export interface MapPlot {
  id: string;
  code: string;
  lng: number;
  lat: number;
  atPark: boolean;
}

export interface MapLabels {
  name: (zh: string, en: string) => string;
  /** Tooltip HTML of a park (escaped by the caller). */
  parkTooltip: (park: ParkSummary, sampleOutline: boolean) => string;
  mapLabel: string;
  /** Popup HTML of an idle plot (escaped by the caller). */
  plotPopup?: (plot: MapPlot) => string;
}

export interface LeafletMapProps {
  plan: PlanMapData;
  parks: readonly ParkSummary[];
  colour: (park: ParkSummary) => string;
  /** Overlays shown: the plan's spatial frames (三轴三区, 两轴六片区). */
  frames: ReadonlySet<string>;
  /** The idle plots layer (闲置地块), drawn over the parks when given. */
  plots?: readonly MapPlot[];
  /** 'district' fits the district; 'all' also the enclave parks far outside it. */
  view: 'district' | 'all';
  labels: MapLabels;
  onOpenPark: (park: ParkSummary) => void;
  style?: React.CSSProperties;
}

const FRAME_STYLE: Record<string, L.PathOptions> = {
  AXIS: { color: '#cf1322', weight: 4, opacity: 0.8, dashArray: '10 6' },
  ROAD: { color: '#595959', weight: 3, opacity: 0.7 },
  PRECINCT: { color: '#d48806', weight: 2, fillColor: '#fadb14', fillOpacity: 0.25, dashArray: '4 4' },
};

const ring = (geometry: unknown): L.LatLngExpression[][] =>
  (geometry as { coordinates: [number, number][][] }).coordinates.map((r) => r.map(([lng, lat]) => [lat, lng]));
const line = (geometry: unknown): L.LatLngExpression[] =>
  (geometry as { coordinates: [number, number][] }).coordinates.map(([lng, lat]) => [lat, lng]);

/** Marks a drawn shape for people reading the DOM (tests, assistive tools): which park or feature it is. */
const tag = (layer: L.Path, attributes: Record<string, string>) => {
  layer.on('add', () => {
    const element = layer.getElement();
    if (element) for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  });
};

/**
 * The parks map in Leaflet (SVG, no WebGL): park outlines as polygons, carriers as points, the
 * plan's axes and precincts as overlays, base tiles only when the deployment configures them;
 * without, the bundled district outline and the axes stand in, so nothing is fetched.
 */
export const LeafletMap = ({
  plan,
  parks,
  colour,
  frames,
  plots,
  view,
  labels,
  onOpenPark,
  style,
}: LeafletMapProps) => {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const content = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, { attributionControl: true, zoomSnap: 0.25 });
    created.attributionControl.setPrefix(false);
    // the map is a picture for pointer users; the park list beside it is the keyboard's way in
    created.getContainer().setAttribute('aria-label', labels.mapLabel);
    created.getContainer().setAttribute('role', 'region');
    if (plan.tiles) {
      L.tileLayer(plan.tiles.url, { attribution: plan.tiles.attribution, maxZoom: 18 }).addTo(created);
    }
    map.current = created;
    content.current = L.layerGroup().addTo(created);
    return () => {
      created.remove();
      map.current = null;
    };
    // the map is made once per tile configuration; labels change with the language only
  }, [plan.tiles?.url]);

  useEffect(() => {
    const group = content.current;
    const current = map.current;
    if (!group || !current) return;
    group.clearLayers();
    const district = L.polygon(ring(plan.district.geometry), {
      color: '#434343',
      weight: 2,
      fillColor: plan.tiles ? 'transparent' : '#f0f5ff',
      fillOpacity: plan.tiles ? 0 : 0.6,
      interactive: false,
    });
    tag(district, { 'data-frame': plan.district.code });
    group.addLayer(district);

    for (const feature of plan.frame) {
      if (feature.kind === 'ZONE' || !frames.has(feature.frame)) continue;
      const style = FRAME_STYLE[feature.kind] ?? FRAME_STYLE.ROAD;
      const shape =
        (feature.geometry as { type: string }).type === 'LineString'
          ? L.polyline(line(feature.geometry), style)
          : L.polygon(ring(feature.geometry), style);
      shape.bindTooltip(labels.name(feature.name, feature.nameEn), { sticky: true });
      tag(shape, { 'data-frame': feature.code });
      group.addLayer(shape);
    }

    const outlines = new Map(plan.parkOutlines.map((outline) => [outline.parkCode, outline]));
    // outer parks first, so a zone lies over the park it belongs to and both stay clickable
    const ordered = [...parks].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
    for (const park of ordered) {
      const outline = outlines.get(park.code);
      const fill = colour(park);
      const shape: L.Path = outline
        ? L.polygon(ring(outline.geometry), {
            color: fill,
            weight: 2,
            fillColor: fill,
            fillOpacity: park.parent ? 0.45 : 0.15,
            dashArray: outline.sample ? '6 4' : undefined,
          })
        : L.circleMarker([park.lat, park.lng], {
            radius: CARRIER_KINDS.has(park.kind) ? 6 : 9,
            color: '#ffffff',
            weight: 1.5,
            fillColor: fill,
            fillOpacity: 0.95,
          });
      shape.bindTooltip(labels.parkTooltip(park, Boolean(outline?.sample)), { sticky: true });
      shape.on('click', () => onOpenPark(park));
      tag(shape, { 'data-park': park.code, 'data-sample-outline': String(Boolean(outline?.sample)) });
      group.addLayer(shape);
    }

    // idle plots last, over the parks: orange points with a dark edge (dashed: at the park's point)
    for (const plot of plots ?? []) {
      const marker = L.circleMarker([plot.lat, plot.lng], {
        radius: 7,
        color: '#613400',
        weight: 2,
        fillColor: '#fa8c16',
        fillOpacity: 0.95,
        dashArray: plot.atPark ? '3 2' : undefined,
      });
      if (labels.plotPopup) marker.bindPopup(labels.plotPopup(plot));
      tag(marker, { 'data-plot': plot.code, 'data-plot-at-park': String(plot.atPark) });
      group.addLayer(marker);
    }
  }, [plan, parks, colour, frames, plots, labels, onOpenPark]);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    const district = L.polygon(ring(plan.district.geometry)).getBounds();
    const bounds =
      view === 'all' && parks.length
        ? district.extend(L.latLngBounds(parks.map((park) => [park.lat, park.lng] as L.LatLngTuple)))
        : district;
    current.fitBounds(bounds, { padding: [12, 12] });
  }, [view, plan.district.geometry, parks]);

  return <div ref={container} style={{ height: 560, width: '100%', background: '#fafafa', ...style }} />;
};
