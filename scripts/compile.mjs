// The command-line scripts a server needs (build, start, serve, db:setup, db:migrate), compiled
// from TypeScript into plain JavaScript in dist/scripts/, so production runs them with `node`:
// no tsx, no TypeScript compiled at start, no development dependency. `npm run build` compiles
// them with the pages; scripts/run.mjs compiles them again before each run where esbuild is
// installed (a development tree), so what runs there is never older than its sources.
// Plain JavaScript itself: it must run before anything is compiled.
import { fileURLToPath } from 'node:url';

export const SCRIPTS = ['build', 'start', 'serve', 'db-setup', 'db-migrate'];

const root = fileURLToPath(new URL('../', import.meta.url));

/** Whether esbuild is installed: in a development tree, not after `npm prune --omit=dev`. */
export async function canCompile() {
  return import('esbuild').then(
    () => true,
    () => false,
  );
}

export async function compileScripts() {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: SCRIPTS.map((name) => `scripts/${name}.ts`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.9',
    // Packages stay imports, resolved from node_modules at run time: what the scripts import
    // must be in `dependencies`. Only the project's own modules are bundled.
    packages: 'external',
    tsconfig: 'tsconfig.json',
    // Two levels below the root, as lib/db's modules are, so their paths relative to
    // import.meta.url (the migrations, the fingerprinted sources) point at the same files.
    outdir: 'dist/scripts',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!(await canCompile())) {
    console.error('error: esbuild is not installed: run `npm install` (with dev dependencies)');
    process.exit(1);
  }
  await compileScripts();
}
