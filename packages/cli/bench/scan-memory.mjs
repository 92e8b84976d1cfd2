// `npm run bench -w smtp-codes`: does `smtp-codes scan` stay in constant memory on a big log?
//
// Writes a 100 MB mail log (Postfix, Exim and Sendmail lines, plain replies and DSN fields among
// ordinary log noise) to os.tmpdir(), runs the built bin on it as a child process with
// `--max-old-space-size=64`, samples the child's /proc/<pid>/status (VmRSS and VmHWM) every 50 ms,
// and prints throughput and peak RSS. The file is deleted afterwards.
//
// Environment: BENCH_MB (default 100) sets the file size.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli.mjs');
const fixture = join(root, 'test/fixtures/mail.log');
const targetMb = Number(process.env.BENCH_MB ?? 100);
const limitMb = 100;

if (!existsSync(bin)) {
  console.error('dist/cli.mjs is missing: run `npm run build -w smtp-codes` first');
  process.exit(1);
}

// One block: the fixture (every supported form) and, as in real logs, many lines with no code.
const noise = [
  'Jan 10 10:00:00 mx1 postfix/smtpd[2001]: connect from client.example[198.51.100.7]',
  'Jan 10 10:00:00 mx1 postfix/smtpd[2001]: 4F1A22C0123: client=client.example[198.51.100.7]',
  'Jan 10 10:00:00 mx1 postfix/cleanup[2003]: 4F1A22C0123: message-id=<20240110100000.4F1A22C0123@mx1.example.org>',
  'Jan 10 10:00:00 mx1 postfix/qmgr[2002]: 4F1A22C0123: from=<alice@example.org>, size=2345, nrcpt=1 (queue active)',
  'Jan 10 10:00:01 mx1 postfix/smtpd[2001]: disconnect from client.example[198.51.100.7] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7',
  '2024-01-10 10:00:08 1rNabc-0001Xy-AB <= alice@example.org H=client.example [198.51.100.7] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 S=2345',
  '2024-01-10 10:00:08 1rNabc-0001Xy-AB => carol@example.net R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.2] C="250 2.0.0 Ok: queued"',
  'Jan 10 10:00:12 mx2 sm-mta[3001]: 40AA0B1c012345: from=<alice@example.org>, size=2345, class=0, nrcpts=1, msgid=<x@example.org>, proto=ESMTP',
];
const fixtureText = readFileSync(fixture, 'utf8');
let blockText = '';
for (let i = 0; i < 4; i++) blockText += `${noise.join('\n')}\n`;
blockText += fixtureText;
const block = Buffer.from(blockText);
const blocks = Math.ceil((targetMb * 1024 * 1024) / block.length);
const file = join(tmpdir(), `smtp-codes-scan-bench-${process.pid}.log`);

async function main() {
  process.stdout.write(`Writing ${targetMb} MB log to ${file} ... `);
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < blocks; i++) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
  const bytes = statSync(file).size;
  console.log(`${(bytes / 1048576).toFixed(1)} MB, ${blocks} blocks`);

  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--max-old-space-size=64', bin, 'scan', file, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let peakRss = 0;
  let peakHwm = 0;
  let samples = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const rss = kb(status, 'VmRSS:');
      const hwm = kb(status, 'VmHWM:');
      if (rss > peakRss) peakRss = rss;
      if (hwm > peakHwm) peakHwm = hwm;
      samples++;
    } catch {
      // The child has exited between two samples.
    }
  };
  sample();
  const timer = setInterval(sample, 50);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(file, { force: true });

  if (code !== 0) {
    console.error(`scan exited with ${code}: ${stderr}`);
    process.exit(1);
  }
  const summary = JSON.parse(stdout);
  // The fixture's 20 codes, and the Exim delivery confirmation (C="250 2.0.0 …") in each of the 4 noise runs.
  const perBlock = 24;
  const peakMb = Math.max(peakRss, peakHwm) / 1024;
  console.log(`scan: ${summary.lines} lines, ${summary.findings} codes (expected ${perBlock * blocks}), ${summary.errors} errors`);
  console.log(`time: ${seconds.toFixed(2)} s, ${(bytes / 1048576 / seconds).toFixed(1)} MB/s`);
  if (samples === 0) {
    console.log('peak RSS: not measured (no /proc on this system)');
  } else {
    console.log(`peak RSS: ${peakMb.toFixed(1)} MB (VmHWM ${(peakHwm / 1024).toFixed(1)} MB, ${samples} samples every 50 ms)`);
    console.log(peakMb < limitMb ? `OK: stayed under ${limitMb} MB` : `OVER: peak RSS above ${limitMb} MB`);
  }
  if (summary.findings !== perBlock * blocks) {
    console.error('unexpected number of codes');
    process.exit(1);
  }
  if (samples > 0 && peakMb >= limitMb) process.exit(1);
}

function kb(status, key) {
  const at = status.indexOf(key);
  if (at < 0) return 0;
  return Number.parseInt(status.slice(at + key.length).trim(), 10) || 0;
}

main().catch((error) => {
  rmSync(file, { force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
