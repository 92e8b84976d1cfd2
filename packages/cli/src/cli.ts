// The `smtp-codes` bin. Everything is caught here: a one-line message on stderr, never a stack
// trace. The command itself is imported dynamically, so that even a broken installation (a
// dependency missing) ends with one line instead of Node's module-resolution trace.

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}

function fatal(error: unknown): void {
  process.stderr.write(`smtp-codes: unexpected error: ${oneLine(error)}\n`);
  process.exit(1);
}

process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
// `smtp-codes list | head`: the reader went away, which is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  fatal(error);
});

import('./run.js')
  .then(({ run, stdinIsDirectory }) =>
    run(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      stdin: process.stdin,
      stdinIsTTY: process.stdin.isTTY === true,
      stdinIsDirectory: stdinIsDirectory(),
      write: (s) =>
        new Promise<void>((resolve) => {
          if (process.stdout.write(s)) resolve();
          else process.stdout.once('drain', resolve);
        }),
      now: () => Date.now(),
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
      env: process.env,
    }),
  )
  .then((code) => {
    process.exitCode = code;
  }, fatal);
