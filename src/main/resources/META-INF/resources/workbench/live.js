// Live updates: a small graphql-transport-ws client (connection_init, connection_ack, subscribe, next, error,
// complete, ping/pong) for comparisonChanged. It reconnects by itself and, after any gap, reports a RESYNC so
// the page refetches what it may have missed.

import { token } from './api.js';

const PROTOCOL = 'graphql-transport-ws';
const ENDPOINT = new URL('../graphql', import.meta.url);
const SUBSCRIPTION = `subscription ComparisonChanged($agreementId: ID!) {
  comparisonChanged(agreementId: $agreementId) { agreementId kind sourceId facetIds }
}`;
const MAX_DELAY_MS = 10000;

function socketUrl() {
  const url = new URL(ENDPOINT);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * Calls onChange(change) for every change to the agreement's comparison, and onState('live' | 'reconnecting')
 * as the connection comes and goes. Returns a function that stops watching.
 */
export function watchComparison(agreementId, onChange, onState) {
  let socket = null;
  let stopped = false;
  let failures = 0;
  let wasLive = false;
  let retry = null;

  function connect() {
    socket = new WebSocket(socketUrl(), PROTOCOL);
    socket.addEventListener('open', () => {
      const bearer = token();
      socket.send(JSON.stringify({ type: 'connection_init', payload: bearer ? { Authorization: `Bearer ${bearer}` } : {} }));
    });
    socket.addEventListener('message', event => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      switch (message.type) {
        case 'connection_ack':
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { agreementId } } }));
          failures = 0;
          onState('live');
          if (wasLive) onChange({ kind: 'RESYNC', agreementId, facetIds: [] });
          wasLive = true;
          break;
        case 'next':
          if (message.payload?.data?.comparisonChanged) {
            onChange(message.payload.data.comparisonChanged);
          } else {
            // SLOW_CONSUMER or another coded end: start again, and refetch what was missed.
            socket.close(1000, 'resubscribing');
          }
          break;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'error':
        case 'complete':
          socket.close(1000, 'resubscribing');
          break;
        default:
          break;
      }
    });
    socket.addEventListener('close', () => {
      if (stopped) return;
      onState('reconnecting');
      const delay = Math.min(500 * 2 ** failures++, MAX_DELAY_MS);
      retry = setTimeout(connect, delay);
    });
  }

  connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, 'done');
  };
}
