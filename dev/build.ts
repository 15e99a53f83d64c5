/**
 * Bundles lambda/ into one self-contained, minified CommonJS file with its source map:
 * dist/lambda/index.js, which runs from a copy of that folder alone.
 *
 * The packages' ES module entry points let esbuild drop what the skill never calls. The SDK's
 * default credential chain is swapped for the environment provider that Lambda needs
 * (lambda/store/lambda-credentials.ts). CommonJS, because Lambda's runtime `require`s it:
 * an ES module build of the same code measured about 5 ms slower to load (`npm run bench`).
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
    alias: {
      '@aws-sdk/credential-provider-node': join(__dirname, '..', 'lambda', 'store', 'lambda-credentials.ts'),
    },
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
