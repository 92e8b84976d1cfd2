import { readdirSync, readFileSync } from 'node:fs';
import { parseBounce } from './src/index.ts';

const dir = 'test/fixtures/formats/';
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.eml'))
  .sort()) {
  const r = await parseBounce(readFileSync(dir + f));
  console.log(
    `== ${f}: ${r.kind} mta=${r.author.mta} provider=${r.author.provider} rmta=${r.author.reportingMta} [${r.author.evidence.join('; ')}] subj=${r.subject}`,
  );
  for (const x of r.recipients)
    console.log(
      `   ${x.recipient} ${x.action} code=${x.code} enh=${x.enhanced} replyEnh=${x.reply?.enhanced ?? null} status=${x.status} host=${x.remoteHost} cmd=${x.command} src=${x.source} text=${JSON.stringify(x.reply?.text ?? null)?.slice(0, 70)} summary=${JSON.stringify(x.summary)?.slice(0, 60)}`,
    );
  for (const x of r.findings) console.log(`   finding: ${x.code} ${x.enhanced} ${x.source.slice(0, 60)}`);
  console.log('   returned', JSON.stringify(r.returned), r.issues.length ? JSON.stringify(r.issues) : '');
}
