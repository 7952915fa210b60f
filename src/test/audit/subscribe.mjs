// Subscribes over graphql-transport-ws (graphql-ws, a peer's client) and prints one line per message:
//   CONNECTED                once connection_ack arrived
//   NEXT <json>              each result (data or errors)
//   ERROR <json>             the operation's error message (refused before execution)
//   COMPLETE                 the server completed the subscription
//   CLOSED <code> <reason>   the socket closed
// Usage: node subscribe.mjs <ws-url> <query> <variables-json> <results-to-wait-for> <timeout-ms> [origin]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query, variables, wanted, timeoutMs, origin] = process.argv.slice(2);
const headers = origin ? { Origin: origin } : {};
class OriginWebSocket extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers });
  }
}

let received = 0;
const client = createClient({
  url,
  webSocketImpl: OriginWebSocket,
  lazy: false,
  retryAttempts: 0,
  connectionParams: { Authorization: 'Bearer not-needed-for-public-subscriptions' },
  on: {
    connected: () => console.log('CONNECTED'),
    closed: (event) => console.log(`CLOSED ${event.code} ${event.reason}`),
  },
});
const timer = setTimeout(() => {
  console.log('TIMEOUT');
  process.exit(2);
}, Number(timeoutMs));
client.subscribe({ query, variables: JSON.parse(variables) }, {
  next: (result) => {
    console.log(`NEXT ${JSON.stringify(result)}`);
    if (++received >= Number(wanted)) {
      clearTimeout(timer);
      client.dispose();
      setTimeout(() => process.exit(0), 50);
    }
  },
  error: (error) => {
    console.log(`ERROR ${JSON.stringify(Array.isArray(error) ? error : { message: String(error?.message ?? error), code: error?.code, reason: error?.reason })}`);
    clearTimeout(timer);
    setTimeout(() => process.exit(received >= Number(wanted) ? 0 : 3), 50);
  },
  complete: () => {
    console.log('COMPLETE');
    clearTimeout(timer);
    setTimeout(() => process.exit(received >= Number(wanted) ? 0 : 4), 50);
  },
});
