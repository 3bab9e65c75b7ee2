// `npm test`: every check CI runs, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = ['test:format', 'test:types', 'test:lint', 'test:unit', 'test:e2e'];
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ npm run ${step}`);
  const result = spawnSync('npm', ['run', '--silent', step], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC' },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${step} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
