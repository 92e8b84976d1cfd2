// Runs a command and samples its memory from /proc every 20 ms: time, peak RSS, output.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const kb = (status, field) => {
  const line = status.split('\n').find((l) => l.startsWith(field));
  return line ? Number.parseInt(line.slice(field.length), 10) : 0;
};

/** `{ code, seconds, peakMb (null without /proc), stdoutBytes, tail }` of `node ...args` fed `input`. */
export async function runMeasured(args, input) {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let peak = 0;
  let sampled = false;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peak = Math.max(peak, kb(status, 'VmRSS:'), kb(status, 'VmHWM:'));
      sampled = true;
    } catch {
      // the process has ended between two samples
    }
  };
  const timer = setInterval(sample, 20);
  let stdoutBytes = 0;
  let tail = '';
  child.stdout.on('data', (d) => {
    stdoutBytes += d.length;
    tail = (tail + d).slice(-400);
  });
  child.stderr.resume();
  child.stdin.on('error', () => {});
  child.stdin.end(input);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  return { code, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMb: sampled ? peak / 1024 : null, stdoutBytes, tail };
}
