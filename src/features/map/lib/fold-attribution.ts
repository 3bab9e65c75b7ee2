/** An open compact attribution one line tall (MapLibre: 20 px and 2 px of padding each side). */
const ONE_LINE_PX = 32;

/**
 * MapLibre shows compact credits open until the map's first drag. Where they wrap (phones,
 * tablets, a narrow map beside the panels) they cover a strip of an already small map, so they
 * start folded behind their ⓘ button there; a map wide enough for one line keeps them open.
 */
export function foldWrappedAttribution(mapContainer: HTMLElement): void {
  const attribution = mapContainer.querySelector<HTMLElement>(
    '.maplibregl-ctrl-attrib.maplibregl-compact-show',
  );
  // The same change as MapLibre's own on a drag, so its ⓘ button goes on working as before.
  if (attribution && attribution.offsetHeight > ONE_LINE_PX)
    attribution.classList.remove('maplibregl-compact-show');
}
