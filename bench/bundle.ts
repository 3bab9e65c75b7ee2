/** Gzip sizes of the built app: what loads at first paint, and each chunk loaded on demand. */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { DIST } from './options.ts';

export interface BundleFigures {
  appJs: number;
  appCss: number;
  react: number;
  maplibreJs: number;
  maplibreCss: number;
  initialTotal: number;
  onDemand: { file: string; gzip: number }[];
}

export function bundle(): BundleFigures {
  const dist = DIST;
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const gz = (file: string) => gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;
  const figures: BundleFigures = {
    appJs: 0,
    appCss: 0,
    react: 0,
    maplibreJs: 0,
    maplibreCss: 0,
    initialTotal: 0,
    onDemand: [],
  };
  for (const file of initial) {
    const size = gz(file);
    figures.initialTotal += size;
    const name = file.slice('assets/'.length);
    if (name.startsWith('maplibre')) {
      if (file.endsWith('.css')) figures.maplibreCss += size;
      else figures.maplibreJs += size;
    } else if (name.startsWith('react')) figures.react += size;
    else if (file.endsWith('.css')) figures.appCss += size;
    else figures.appJs += size;
  }
  for (const name of readdirSync(`${dist}/assets`)) {
    const file = `assets/${name}`;
    if (!/\.m?js$/.test(name) || initial.includes(file)) continue;
    figures.onDemand.push({ file: name, gzip: gz(file) });
  }
  return figures;
}
