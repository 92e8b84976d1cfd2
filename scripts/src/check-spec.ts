// `npx tsx scripts/src/check-spec.ts [dir]`: validates spec/ (or dir) and prints what it holds, or
// every problem as `file:line: entry: field: reason`, exit 1.
import { loadSpec, SpecError } from './load-spec.js';

try {
  const spec = loadSpec(process.argv[2]);
  const e = spec.enhanced;
  console.log(
    `spec OK: ${spec.replyCodes.length} reply codes, ${e.classes.length} classes, ${e.subjects.length} subjects, ` +
      `${e.codes.length} enhanced codes, ${spec.commands.length} commands, ${spec.digits.first.length}+${spec.digits.second.length} digits, ` +
      `${spec.concepts.length} concepts, ${spec.references.length} documents, ${spec.reasons.length} reasons, ` +
      `${spec.reasonRules.patterns.length}+${spec.reasonRules.enhanced.length}+${spec.reasonRules.reply.length} reason rules, ` +
      `${spec.providers.length} providers`,
  );
} catch (err) {
  if (!(err instanceof SpecError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
