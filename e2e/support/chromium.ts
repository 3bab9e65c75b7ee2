import { existsSync } from 'node:fs';

/**
 * Playwright cannot download browsers on this network, so we drive Debian's Chromium
 * (or CHROMIUM_PATH). When neither exists, scripts/ensure-browser.mjs has installed
 * Playwright's own build and we let Playwright find it.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const chromiumArgs = [
  // WebGL on the CPU: headless Chromium has no GPU here, and MapLibre needs WebGL2.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Stay quiet on a closed network.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
