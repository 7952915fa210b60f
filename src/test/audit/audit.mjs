// Runs graphql-http's server audits against a running Parallax and prints one line per audit.
// Usage: node audit.mjs http://localhost:8080/graphql
// Exit code 1 when any audit errors or warns, unless the warning's id is explained in README (ALLOWED).
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const ALLOWED = new Set((process.env.AUDIT_ALLOWED_WARNINGS ?? '').split(',').filter(Boolean));

const results = await Promise.all(serverAudits({ url, fetchFn: fetch }).map((audit) => audit.fn()));
let failed = 0;
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status]++;
  const explained = result.status === 'warn' && ALLOWED.has(result.id);
  if ((result.status === 'warn' && !explained) || result.status === 'error') {
    failed++;
  }
  const detail = result.status === 'ok' ? '' : ` :: ${result.reason}`;
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${detail}`);
}
console.log(`graphql-http audit: ${counts.ok} ok, ${counts.notice} notices, ${counts.warn} warnings, ${counts.error} errors`);
process.exit(failed === 0 ? 0 : 1);
