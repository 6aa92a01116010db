// Writes a gzip (.gz) and a brotli (.br) copy next to every compressible
// file of the build, so that the Go server sends them as they are
// (Content-Encoding) instead of compressing on each first request. Uses only
// node's zlib; the output is the same bytes for the same input.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const compressible = new Set(['.js', '.css', '.svg', '.ttf', '.json', '.html']);
// Below this a compressed copy saves less than a packet.
const minBytes = 1024;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let plain = 0;
let br = 0;
let gz = 0;
for (const path of files(dist)) {
  if (!compressible.has(extname(path)) || path.endsWith('/index.html')) continue;
  const data = readFileSync(path);
  if (data.length < minBytes) continue;
  const g = gzipSync(data, { level: 9 });
  const b = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: extname(path) === '.ttf' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(path + '.gz', g);
  writeFileSync(path + '.br', b);
  plain += data.length;
  gz += g.length;
  br += b.length;
}
const kb = (n) => (n / 1000).toFixed(0) + ' kB';
console.log(`compressed ${kb(plain)}: gzip ${kb(gz)}, brotli ${kb(br)}`);
