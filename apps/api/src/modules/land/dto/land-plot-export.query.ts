import { LandPlotFilter } from './land-plot.input.js';

/** The query string of `GET /exports/land-plots.xlsx`: the `landPlots` query's filter, same rules. */
export class LandPlotExportQuery extends LandPlotFilter {}
