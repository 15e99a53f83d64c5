/**
 * Bundles lambda/ into one self-contained, minified CommonJS file with its source map:
 * dist/lambda/index.js, which runs from a copy of that folder alone.
 */
import { build, type Metafile } from 'esbuild';
import { join } from 'node:path';

export async function buildLambda(outdir = join(__dirname, '..', 'dist', 'lambda')): Promise<Metafile> {
  const result = await build({
    entryPoints: [join(__dirname, '..', 'lambda', 'index.ts')],
    outfile: join(outdir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    mainFields: ['module', 'main'],
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

if (require.main === module) {
  buildLambda()
    .then((metafile) => {
      for (const [file, { bytes }] of Object.entries(metafile.outputs)) {
        console.log(`${file}  ${(bytes / 1024).toFixed(1)} KB`);
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
