import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['src/explain/main.ts'], bundle: true, write: false, minify: true, format: 'iife', charset: 'utf8', metafile: true, logLevel: 'silent' });
const ins = Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput);
for (const [k,v] of ins.slice(0,20)) console.log(v.bytesInOutput, k);
console.log('total gzip', gzipSync(r.outputFiles[0].contents,{level:9}).length);
