// Regenerates every generated file and fails if the committed copies differ (drift check).
import { execFileSync } from 'node:child_process';

const paths = ['packages/constants/src/generated', 'packages/constants/data', 'packages/constants/README.md', 'packages/docs'];
execFileSync('npx', ['turbo', 'run', 'generate', '--force', '--output-logs=errors-only'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`generated files differ from spec/ (run \`npm run generate\` and commit):\n${changed}`);
  process.exit(1);
}
console.log('generated files are current');
