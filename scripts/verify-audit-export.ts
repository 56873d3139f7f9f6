// Verifies an audit export (NDJSON from GET /audit/export) offline, from the file alone:
//   npx tsx scripts/verify-audit-export.ts FILE [--checkpoint SEQ:HASH]...
// Recomputes every event's body digest and every link of the hash chain; events the exporter
// could not see are bare links (seq, digest, hashes) and are checked the same way. Pass the
// checkpoint hashes you hold (from the hub's publications) to prove the file was not rebuilt.
// Exit 0 when the chain holds, 1 with the first broken link otherwise, 2 on bad usage.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { verifyExport } from '../server/audit/export-format.js';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { checkpoint: { type: 'string', multiple: true } },
  });
  const file = positionals[0];
  if (!file) {
    console.error('usage: tsx scripts/verify-audit-export.ts FILE [--checkpoint SEQ:HASH]...');
    return 2;
  }
  const trusted = new Map<bigint, string>();
  for (const c of values.checkpoint ?? []) {
    const match = /^(\d+):([0-9a-f]{64})$/.exec(c);
    if (!match) {
      console.error(`bad --checkpoint ${c} (want SEQ:HASH)`);
      return 2;
    }
    trusted.set(BigInt(match[1]!), match[2]!);
  }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const result = await verifyExport(lines, trusted);
  if (result.ok) {
    console.log(
      `OK: chain holds for seq ${result.fromSeq}..${result.toSeq ?? '(empty)'} ` +
        `(${result.events} events, ${result.links} redacted links); last hash ${result.lastHash ?? '-'}`,
    );
    return 0;
  }
  console.log(`BROKEN at seq ${result.broken?.seq}: ${result.broken?.problem} (${result.broken?.message})`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`verify-audit-export: ${(error as Error).message}`);
    process.exit(2);
  },
);
