// A realistic server-side SMTP byte stream, built from a seeded generator so every run (and every
// contender in a run) reads the same bytes.

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ehlo = (host, ip) =>
  `250-${host} Hello [${ip}]\r\n250-SIZE 157286400\r\n250-PIPELINING\r\n250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n` +
  '250-STARTTLS\r\n250-8BITMIME\r\n250-BINARYMIME\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n';

const gmail550 =
  '550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n' +
  "550-5.1.1 double-checking the recipient's email address for typos or\r\n" +
  '550-5.1.1 unnecessary spaces. For more information, go to\r\n' +
  '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si1234567abc.123 - gsmtp\r\n';

const outlook550 =
  '550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus. To request removal from ' +
  'this list see https://www.spamhaus.org/query/ip/203.0.113.5 (AS3130) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com ' +
  '2024-01-01T00:00:00.000Z 08DBF0F4C2A6F1D2]\r\n';

const greylist =
  '451-4.7.1 <alice@example.org>: Recipient address rejected: Greylisted, see\r\n' +
  '451-4.7.1 https://postgrey.schweikert.ch/help/example.org.html\r\n' +
  '451 4.7.1 Please try again in 300 seconds\r\n';

const utf8Replies = [
  '550 5.1.1 Ящик не найден\r\n',
  '250 2.0.0 メッセージを受け付けました (queued as 7A3F21C0)\r\n',
  '553 5.1.3 Adresse ungültig: <müller@exämple.de>\r\n',
  '250 2.1.5 Destinataire accepté <éloïse@example.fr>\r\n',
];

function session(random, n) {
  const host = `mx${n % 97}.example.com`;
  const ip = `203.0.113.${n % 250}`;
  let s = `220 ${host} ESMTP Postfix (Debian/GNU)\r\n`;
  s += ehlo(host, ip);
  const transactions = 1 + Math.floor(random() * 3);
  for (let t = 0; t < transactions; t++) {
    // Pipelined MAIL / RCPT... / DATA group (RFC 2920), then the reply to the message data.
    s += '250 2.1.0 Ok\r\n';
    const recipients = 1 + Math.floor(random() * 4);
    for (let r = 0; r < recipients; r++) {
      const pick = random();
      if (pick < 0.6) {
        s += `250 2.1.5 <user${r}@example.org> Recipient ok\r\n`;
      } else if (pick < 0.7) {
        s += gmail550;
      } else if (pick < 0.8) {
        s += greylist;
      } else if (pick < 0.85) {
        s += outlook550;
      } else if (pick < 0.93) {
        s += utf8Replies[Math.floor(random() * utf8Replies.length)];
      } else {
        s += '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table\r\n';
      }
    }
    s += '354 End data with <CR><LF>.<CR><LF>\r\n';
    s += `250 2.0.0 Ok: queued as ${Math.floor(random() * 0xffffffff)
      .toString(16)
      .toUpperCase()}\r\n`;
  }
  if (random() < 0.2) {
    s += '334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n235 2.7.0 Authentication successful\r\n';
  }
  s += '221 2.0.0 Bye\r\n';
  return s;
}

/** About `size` bytes of whole sessions. */
export function buildStream(size, seed = 1) {
  const random = prng(seed);
  const parts = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const part = Buffer.from(session(random, n));
    parts.push(part);
    length += part.length;
  }
  return Buffer.concat(parts);
}

/** Cuts the bytes at seeded pseudo-random offsets into chunks of `min`..`max` bytes. */
export function cut(bytes, min, max, seed = 2) {
  const random = prng(seed);
  const chunks = [];
  for (let i = 0; i < bytes.length; ) {
    const size = min + Math.floor(random() * (max - min + 1));
    chunks.push(bytes.subarray(i, Math.min(bytes.length, i + size)));
    i += size;
  }
  return chunks;
}
