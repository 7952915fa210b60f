// Prints the latency of a full comparison (every agreement, every nested field) through HTTP, sequential,
// plus the service's resident memory when its PID is given. Needs Node.js 18+, no packages.
// Usage: node src/test/bench/comparison-latency.mjs [url] [pid]
import { readFileSync } from 'node:fs';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const pid = process.argv[3];
const WARM_UP = 100;
const MEASURED = 300;
const query = `{ agreements { comparison { sources { title } rows { facet { key label } consensus consensusExplanation
  cells { source { title } verdict explanation claims { quote { exact start end } attributedTo value { display } } } } } } }`;
const body = JSON.stringify({ query });

const times = [];
for (let i = 0; i < WARM_UP + MEASURED; i++) {
  const start = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const json = await response.json();
  if (json.errors) {
    console.error(JSON.stringify(json.errors).slice(0, 500));
    process.exit(1);
  }
  if (i >= WARM_UP) {
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`full comparison, ${MEASURED} sequential requests after ${WARM_UP} warm-up: median ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`);
if (pid) {
  const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)[1];
  console.log(`resident memory of ${pid}: ${(rss / 1024).toFixed(0)} MiB`);
}
