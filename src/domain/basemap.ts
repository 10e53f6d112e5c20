/** The part of the world the basemap covers (west, south, east, north); the view stays inside. */
export const BASEMAP_EXTENT: [number, number, number, number] = [-40, 22, 70, 80];
