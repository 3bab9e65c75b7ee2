// One-time MapLibre setup. The worker is a separate bundled file: MapLibre 6 is ESM-only and
// cannot find its worker once bundled, and a same-origin worker file keeps the CSP strict.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
