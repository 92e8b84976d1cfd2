// `npm run bench -w smtp-codes` (this part: node bench/scan-vs-tools.mjs): smtp-codes scan against
// the tools administrators use today, in one run, on the same 64 MB of realistic Postfix lines.
//
// The log: the traffic of a busy relay, built from the lines postfix 3.7 really wrote in
// test/fixtures/postfix.log (connect, client=, message-id, from=, delivery, removed, disconnect),
// with 2,000 recipient domains, 200 remote hosts, one message in eight deferred or bounced and
// a NOQUEUE reject now and then. Written to os.tmpdir() and deleted afterwards.
//
// Contenders, each run once on the file:
// - ours: `node dist/cli.mjs scan FILE --json` (every breakdown), time and peak RSS from /proc;
// - pflogsumm (Debian's package; installed with apt-get when missing): `pflogsumm FILE`;
// - `grep -oE 'dsn=[245]\.[0-9]+\.[0-9]+' FILE | sort | uniq -c`.
// Targets: at least 2x faster than pflogsumm, within 2.5x of grep, under 120 MB peak RSS.
// Environment: BENCH_MB (default 64); BENCH_KEEP=1 keeps the log (for profiling).

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli.mjs');
const targetMb = Number(process.env.BENCH_MB ?? 64);
const file = join(tmpdir(), `smtp-codes-vs-tools-${process.pid}.log`);

if (!existsSync(bin)) {
  console.error('dist/cli.mjs is missing: run `npm run build -w smtp-codes` first');
  process.exit(1);
}

function ensurePflogsumm() {
  if (spawnSync('pflogsumm', ['--version']).status === 0) return true;
  console.log("pflogsumm is missing: installing Debian's package with apt-get ...");
  const r = spawnSync('apt-get', ['install', '-y', '-q', 'pflogsumm'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0 && spawnSync('pflogsumm', ['--version']).status === 0;
}

// A small deterministic generator, so every run measures the same file.
let seed = 42;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return (seed >>> 8) % n;
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n) => String(n).padStart(2, '0');
const stamp = (t) => {
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
};
const hex = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789ABCDEF'[rand(16)];
  return s;
};

const OUTCOMES = [
  // [weight, dsn, status, reply]
  [70, '2.0.0', 'sent', ({ q }) => `250 2.0.0 Ok: queued as ${q}`],
  [
    8,
    '4.7.1',
    'deferred',
    ({ to, h }) =>
      `host ${h} said: 450 4.7.1 <${to}>: Recipient address rejected: Greylisted, try again later (in reply to RCPT TO command)`,
  ],
  [3, '4.4.1', 'deferred', ({ h }) => `connect to ${h}:25: Connection timed out`],
  [
    8,
    '5.1.1',
    'bounced',
    ({ to, h }) =>
      `host ${h} said: 550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`,
  ],
  [3, '5.2.2', 'bounced', ({ to, h }) => `host ${h} said: 552 5.2.2 <${to}>: Mailbox full (in reply to RCPT TO command)`],
  [
    3,
    '5.7.1',
    'bounced',
    ({ h }) =>
      `host ${h} said: 550-5.7.1 Message rejected by policy. 550-5.7.1 See https://policy.example/why 550 5.7.1 for details. (in reply to end of DATA command)`,
  ],
  [2, '5.0.0', 'bounced', ({ h }) => `host ${h} said: 550 Unknown user (in reply to RCPT TO command)`],
];
const WEIGHT = OUTCOMES.reduce((n, o) => n + o[0], 0);

function message(t) {
  const q = hex(11);
  const pid = 1000 + rand(30000);
  const client = `client${rand(500)}.example.org[198.51.100.${rand(250)}]`;
  const domain = `d${rand(2000)}.example`;
  const to = `user${rand(10000)}@${domain}`;
  const mx = `mx${rand(200)}.example.net`;
  const host = `${mx}[192.0.2.${rand(250)}]`;
  let pick = rand(WEIGHT);
  let outcome = OUTCOMES[0];
  for (const o of OUTCOMES) {
    if (pick < o[0]) {
      outcome = o;
      break;
    }
    pick -= o[0];
  }
  const [, dsn, status, reply] = outcome;
  const s = stamp(t);
  const lines = [
    `${s} mx1 postfix/smtpd[${pid}]: connect from ${client}`,
    `${s} mx1 postfix/smtpd[${pid}]: ${q}: client=${client}`,
    `${s} mx1 postfix/cleanup[${pid + 1}]: ${q}: message-id=<${hex(8)}.${q}@example.org>`,
    `${s} mx1 postfix/qmgr[999]: ${q}: from=<sender${rand(300)}@example.org>, size=${1000 + rand(50000)}, nrcpt=1 (queue active)`,
    `${s} mx1 postfix/smtp[${pid + 2}]: ${q}: to=<${to}>, relay=${dsn === '4.4.1' ? 'none' : `${host}:25`}, delay=0.${rand(99)}, delays=0.01/0.01/0.1/0.${rand(9)}, dsn=${dsn}, status=${status} (${reply({ q: hex(10), to, h: host })})`,
  ];
  if (status !== 'deferred') lines.push(`${s} mx1 postfix/qmgr[999]: ${q}: removed`);
  lines.push(`${s} mx1 postfix/smtpd[${pid}]: disconnect from ${client} ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5`);
  if (rand(20) === 0) {
    lines.push(
      `${s} mx1 postfix/smtpd[${pid}]: NOQUEUE: reject: RCPT from unknown[203.0.113.${rand(250)}]: 554 5.7.1 <victim${rand(100)}@${domain}>: Relay access denied; from=<spam@example.com> to=<victim@${domain}> proto=ESMTP helo=<spam>`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function writeLog() {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let t = Date.UTC(2026, 0, 10, 0, 0, 0);
  try {
    let chunk = '';
    while (bytes < targetMb * 1048576) {
      chunk += message(t);
      t += 137;
      if (chunk.length > 1 << 20) {
        bytes += writeSync(fd, chunk);
        chunk = '';
      }
    }
    if (chunk) bytes += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

const GNU_TIME = '/usr/bin/time';
const statsFile = join(tmpdir(), `smtp-codes-vs-tools-${process.pid}.time`);

/**
 * Runs argv; resolves with wall time, CPU time (user + system, of the process and its children:
 * GNU time's report), peak RSS and stdout. Without GNU time, CPU is null and the peak RSS comes
 * from sampling /proc/<pid>/status every 20 ms.
 */
function measure(argv) {
  const timed = existsSync(GNU_TIME);
  const full = timed ? [GNU_TIME, '-f', '%e %U %S %M', '-o', statsFile, ...argv] : argv;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(full[0], full.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        for (const key of ['VmRSS:', 'VmHWM:']) {
          const at = status.indexOf(key);
          if (at >= 0) peak = Math.max(peak, Number.parseInt(status.slice(at + key.length), 10) || 0);
        }
      } catch {
        // ended between two samples
      }
    };
    const timer = timed ? null : setInterval(sample, 20);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (!timed) return resolve({ code, seconds, cpu: null, peakMb: peak / 1024, out, err });
      const [wall, user, system, maxKb] = readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      rmSync(statsFile, { force: true });
      resolve({ code, seconds: wall, cpu: user + system, peakMb: maxKb / 1024, out, err });
    });
  });
}

async function main() {
  const havePflogsumm = ensurePflogsumm();
  process.stdout.write(`Writing ${targetMb} MB of Postfix log to ${file} ... `);
  const bytes = writeLog();
  const mb = bytes / 1048576;
  console.log(`${mb.toFixed(1)} MB, ${execFileSync('wc', ['-l', file], { encoding: 'utf8' }).split(' ')[0]} lines`);
  console.log(
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; shared with other jobs, so figures vary from run to run.\n`,
  );

  const ours = await measure([process.execPath, bin, 'scan', file, '--json']);
  if (ours.code !== 0) throw new Error(`scan exited with ${ours.code}: ${ours.err}`);
  const report = JSON.parse(ours.out);
  const grep = await measure(['bash', '-c', `grep -oE 'dsn=[245]\\.[0-9]+\\.[0-9]+' '${file}' | sort | uniq -c`]);
  const pflogsumm = havePflogsumm ? await measure(['pflogsumm', file]) : null;

  const grepTotal = grep.out
    .trim()
    .split('\n')
    .reduce((n, l) => n + Number.parseInt(l, 10), 0);
  const rejects = report.byStatus.find((r) => r.key === 'rejected')?.count ?? 0;
  const rate = (s) => `${(mb / s).toFixed(1)} MB/s`;
  const cpu = (r) => (r.cpu === null ? '' : `, CPU ${r.cpu.toFixed(2)} s`);
  console.log(
    `ours       ${ours.seconds.toFixed(2)} s${cpu(ours)}  ${rate(ours.seconds)}  peak RSS ${ours.peakMb.toFixed(1)} MB  (${report.findings} codes: ${report.findings - rejects} dsn= + ${rejects} rejects)`,
  );
  console.log(`grep|sort  ${grep.seconds.toFixed(2)} s${cpu(grep)}  ${rate(grep.seconds)}  (${grepTotal} dsn= codes)`);
  if (pflogsumm)
    console.log(
      `pflogsumm  ${pflogsumm.seconds.toFixed(2)} s${cpu(pflogsumm)}  ${rate(pflogsumm.seconds)}  peak RSS ${pflogsumm.peakMb.toFixed(1)} MB`,
    );
  else console.log('pflogsumm  not available (apt-get failed)');
  console.log('');
  // Wall time decides; on a shared machine CPU time is the steadier figure, so it is shown too.
  const ratio = (a, b) => `${(a.seconds / b.seconds).toFixed(2)}x${a.cpu !== null && b.cpu ? ` (CPU ${(a.cpu / b.cpu).toFixed(2)}x)` : ''}`;
  const checks = [];
  if (pflogsumm) checks.push([`pflogsumm / ours = ${ratio(pflogsumm, ours)}`, pflogsumm.seconds / ours.seconds >= 2, 'target >= 2x']);
  checks.push([`ours / grep = ${ratio(ours, grep)}`, ours.seconds / grep.seconds <= 2.5, 'target <= 2.5x']);
  checks.push([`peak RSS ${ours.peakMb.toFixed(1)} MB`, ours.peakMb < 120, 'target < 120 MB']);
  checks.push([`dsn= codes: ours ${report.findings - rejects}, grep ${grepTotal}`, report.findings - rejects === grepTotal, 'the same']);
  for (const [what, ok, target] of checks) console.log(`${ok ? 'OK  ' : 'MISS'} ${what} (${target})`);
  if (process.env.BENCH_KEEP) console.log(`kept ${file}`);
  else rmSync(file, { force: true });
  if (checks.some((c) => !c[1])) process.exitCode = 1;
}

main().catch((error) => {
  rmSync(file, { force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
