import { connect, type Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, ReplyDecoder } from '../src/index.js';

// A real SMTP server on loopback (nodemailer's smtp-server), driven over a raw socket; every
// byte it sends goes through ReplyDecoder in strict mode.

let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    name: 'mx.test.example',
    banner: 'test server',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideENHANCEDSTATUSCODES: false,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === 'nobody@example.org') {
        const error = Object.assign(new Error('No such user here'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve();
    });
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A client that collects the replies of the server as they are parsed. */
class Client {
  readonly socket: Socket;
  readonly decoder = new ReplyDecoder({ mode: 'strict' });
  readonly replies: Reply[] = [];
  private waiting: { count: number; resolve: (replies: Reply[]) => void; reject: (error: unknown) => void } | undefined;
  private failure: unknown;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.setTimeout(5000, () => this.socket.destroy(new Error('socket timeout')));
    this.socket.on('data', (chunk) => {
      try {
        this.replies.push(...this.decoder.push(chunk));
      } catch (error) {
        this.fail(error);
        return;
      }
      this.settle();
    });
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('end', () => {
      try {
        this.replies.push(...this.decoder.end());
      } catch (error) {
        this.fail(error);
        return;
      }
      this.settle();
    });
  }

  /** The next `count` replies. */
  next(count = 1): Promise<Reply[]> {
    return new Promise((resolve, reject) => {
      this.waiting = { count, resolve, reject };
      this.settle();
    });
  }

  send(text: string, count = 1): Promise<Reply[]> {
    const replies = this.next(count);
    this.socket.write(text);
    return replies;
  }

  private settle(): void {
    if (this.failure !== undefined) {
      this.waiting?.reject(this.failure);
      this.waiting = undefined;
    } else if (this.waiting !== undefined && this.replies.length >= this.waiting.count) {
      const { count, resolve } = this.waiting;
      this.waiting = undefined;
      resolve(this.replies.splice(0, count));
    }
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    this.settle();
  }
}

const summary = (replies: Reply[]) => replies.map((reply) => [reply.code, reply.enhanced]);

describe('against smtp-server on 127.0.0.1', { timeout: 15_000 }, () => {
  it('parses a whole session, pipelined batch included', async () => {
    const client = new Client(port);
    const [greeting] = await client.next();
    expect(greeting!.code).toBe(220);
    expect(greeting!.text).toContain('mx.test.example');

    const [ehlo] = await client.send('EHLO client.test.example\r\n');
    expect(ehlo!.code).toBe(250);
    expect(ehlo!.lines.length).toBeGreaterThan(2);
    expect(ehlo!.lines).toContain('PIPELINING');
    expect(ehlo!.lines).toContain('ENHANCEDSTATUSCODES');
    expect(ehlo!.warnings).toEqual([]);

    expect(summary(await client.send('MAIL FROM:<alice@example.org>\r\n'))).toEqual([[250, '2.1.0']]);
    expect(summary(await client.send('RCPT TO:<bob@example.org>\r\n'))).toEqual([[250, '2.1.5']]);
    const [rejected] = await client.send('RCPT TO:<nobody@example.org>\r\n');
    expect([rejected!.code, rejected!.enhanced, rejected!.text]).toEqual([550, '5.1.1', 'No such user here']);

    expect(summary(await client.send('DATA\r\n'))).toEqual([[354, null]]);
    const [queued] = await client.send('Subject: test\r\n\r\nHello.\r\n.\r\n');
    expect(queued!.code).toBe(250);
    expect(queued!.enhanced).toMatch(/^2\./);

    // RFC 2920: one write, the replies in order.
    const batch = await client.send(
      'RSET\r\nMAIL FROM:<alice@example.org>\r\nRCPT TO:<nobody@example.org>\r\nRCPT TO:<bob@example.org>\r\nNOOP\r\n',
      5,
    );
    expect(batch.map((reply) => reply.code)).toEqual([250, 250, 550, 250, 250]);
    expect(batch[2]!.enhanced).toBe('5.1.1');
    expect(batch[3]!.enhanced).toBe('2.1.5');

    const [bye] = await client.send('QUIT\r\n');
    expect(bye!.code).toBe(221);
    await new Promise((resolve) => (client.socket.destroyed ? resolve(undefined) : client.socket.once('close', resolve)));
    expect(client.replies).toEqual([]);
    expect(client.decoder.warnings).toEqual([]);
  });
});
