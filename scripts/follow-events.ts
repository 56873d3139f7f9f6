// Follows the audit log live over graphql-ws, as an integrator would: replays events after a
// seq, then prints each new one as it happens. The README's five-minute tour runs it:
//   npx tsx scripts/follow-events.ts [ws://localhost:4000/graphql] [API key] [after seq]
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const [
  url = 'ws://localhost:4000/graphql',
  key = 'ahk_demointg_DemoKeyNotSecretIntegrator000000',
  after = '0',
] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${key}` },
});

let live = false;
client.subscribe(
  {
    query: `subscription ($after: String) { auditEvents(after: $after) {
      ... on AuditEvent { seq type subjectName time }
      ... on AuditHeartbeat { latestSeq } } }`,
    variables: { after },
  },
  {
    next: ({ data, errors }) => {
      if (errors) console.error(errors.map((e) => e.message).join('; '));
      const item = data?.auditEvents as {
        seq?: string;
        type?: string;
        subjectName?: string;
        time?: string;
        latestSeq?: string;
      };
      if (item?.seq) {
        console.log(`#${item.seq} ${item.time} ${item.type} ${item.subjectName ?? ''}`);
      } else if (item?.latestSeq && !live) {
        // The first heartbeat marks the switch to live; the later ones (every 15 s while idle)
        // only keep the socket warm and printed the same line again and again.
        live = true;
        console.log(`(live after #${item.latestSeq}; waiting for changes, Ctrl-C to stop)`);
      }
    },
    error: (error) => {
      console.error('subscription failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
    complete: () => process.exit(0),
  },
);
