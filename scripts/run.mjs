// `node scripts/run.mjs <script> [args]`: runs one of the compiled scripts (./compile.mjs) with
// plain node. In a development tree it compiles them first (a fraction of a second), so an edit
// to scripts/ or lib/ is never run stale; after `npm prune --omit=dev` it runs what
// `npm run build` compiled.
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { canCompile, compileScripts, SCRIPTS } from './compile.mjs';

const name = process.argv[2] ?? '';
if (!SCRIPTS.includes(name)) {
  console.error(`error: expected one of ${SCRIPTS.join(', ')}, got "${name}"`);
  process.exit(2);
}
const compiled = fileURLToPath(new URL(`../dist/scripts/${name}.js`, import.meta.url));
if (await canCompile()) await compileScripts();
else if (
  !(await access(compiled).then(
    () => true,
    () => false,
  ))
) {
  console.error(
    `error: ${compiled} is missing: run \`npm run build\` before \`npm prune --omit=dev\``,
  );
  process.exit(1);
}
// The script reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);
await import(compiled);
