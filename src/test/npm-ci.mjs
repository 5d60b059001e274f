// Installs the npm packages the tests use: runs `npm ci` in each folder given, unless its
// node_modules was installed from the same package-lock.json already (mvn verify runs this
// in generate-test-resources; a repeated run costs nothing).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = join('node_modules', '.installed-package-lock.json');

for (const folder of process.argv.slice(2)) {
  const lock = readFileSync(join(folder, 'package-lock.json'), 'utf8');
  const stamp = join(folder, STAMP);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) {
    console.log(`${folder}: node_modules is current`);
    continue;
  }
  console.log(`${folder}: npm ci`);
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit' });
  if (npm.error || npm.status !== 0) {
    console.error(`${folder}: npm ci failed${npm.error ? ': ' + npm.error.message : ''}; the tests need Node.js 20 or newer with npm`);
    process.exit(1);
  }
  writeFileSync(stamp, lock);
}
