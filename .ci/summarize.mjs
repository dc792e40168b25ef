// Sums the closing lines of every vitest and Playwright run in the CI log into one "N passed, N failed" line.
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2] ?? '', 'utf8').replace(
  new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'),
  '',
);
let passed = 0;
let failed = 0;
const count = (line, word) => Number(line.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
for (const line of text.split('\n')) {
  const isVitest = /(^|:)\s*Tests\s+\d/.test(line);
  const isPlaywright = /(^|:)\s+\d+ (passed|failed|flaky)( \(|$)/.test(line);
  if (!isVitest && !isPlaywright) continue;
  passed += count(line, 'passed');
  failed += count(line, 'failed') + count(line, 'flaky');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
