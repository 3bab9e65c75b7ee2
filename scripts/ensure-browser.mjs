// Makes sure a Chromium exists for the e2e tests: Debian's (or CHROMIUM_PATH) if present,
// otherwise installs one: apt-get when root on Debian, else Playwright's own installer.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = candidates.find((path) => path && existsSync(path));
if (found) {
  console.log(`e2e browser: ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const run = (command) =>
  execSync(command, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });

if (isRoot && isDebian) {
  console.log('e2e browser: installing Debian chromium with apt-get');
  run('apt-get update -qq && apt-get install -y -qq chromium');
} else {
  console.log("e2e browser: no system Chromium; installing Playwright's Chromium");
  run('npx playwright install --with-deps chromium');
}
