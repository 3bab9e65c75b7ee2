/**
 * The map's Web Mercator ends short of the poles (at ±85.05°): an event beyond that, at a pole
 * say, would fall off the edge of the world and never be drawn. It is drawn at the edge instead,
 * a little inside it (tiles at the world's border lose a point that rounds onto the border), and
 * counts as on the map when that edge is in view. Its true place stays in the data.
 */
export const MAX_DRAWN_LATITUDE = 85;

export function drawnLatitude(lat: number): number {
  return Math.max(-MAX_DRAWN_LATITUDE, Math.min(MAX_DRAWN_LATITUDE, lat));
}
