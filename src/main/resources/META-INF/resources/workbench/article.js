// An article's text with every claim's quote highlighted at its offsets, and its claims with their history.

import { el } from './dom.js';
import { VERDICTS } from './matrix.js';

/** Whether a quote's offsets (UTF-16 code units, end exclusive, as the API gives them) lie inside the text. */
function inText(claim, text) {
  const { start, end } = claim.quote;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

/**
 * The text as nodes: plain text between quotes, a <mark> for each stretch covered by claims. JavaScript strings
 * index in UTF-16 code units, the API's unit, so slice() cuts exactly where the offsets say, whatever the script,
 * combining marks or emoji. A claim alone on its stretch gets one <mark> holding exactly its quote.
 */
export function highlightedText(text, claims, currentIds) {
  const placed = claims.filter(c => inText(c, text));
  const bounds = [...new Set([0, text.length, ...placed.flatMap(c => [c.quote.start, c.quote.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    const piece = text.slice(from, to);
    const covering = placed.filter(c => c.quote.start <= from && c.quote.end >= to);
    if (!covering.length) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const whole = covering.length === 1 && covering[0].quote.start === from && covering[0].quote.end === to;
    const current = covering.some(c => currentIds.has(c.id));
    nodes.push(el('mark', {
      class: `quote s-${covering[0].status}${current ? ' current' : ''}`,
      'data-claims': covering.map(c => c.id).join(' '),
      'data-claim': whole ? covering[0].id : null,
      'data-start': from, 'data-end': to,
      tabindex: '-1',
    }, piece));
  }
  return nodes;
}

/** The UTF-16 offsets of the current selection inside container, or null when it is not inside. */
export function selectionOffsets(container) {
  const selection = window.getSelection();
  if (!selection || !selection.rangeCount || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

const ACTIONS = { ADDED: 'added', CONFIRMED: 'confirmed', CORRECTED: 'corrected', REJECTED: 'rejected', SUGGESTED: 'suggested' };

function historyNode(claim) {
  const events = claim.history ?? [];
  return el('details', { class: 'history' },
    el('summary', {}, `History (${events.length} ${events.length === 1 ? 'change' : 'changes'})`),
    events.length ? el('ol', {}, events.map(event => el('li', {},
      el('span', {}, `${ACTIONS[event.action] ?? event.action} by ${event.actor ?? 'the seed data or the extractor'}, `),
      el('time', { datetime: event.at }, new Date(event.at).toLocaleString()),
      el('details', {}, el('summary', {}, 'before and after'),
        el('pre', {}, `before: ${event.before ?? '(none: created)'}\nafter:  ${event.after}`)))))
      : el('p', {}, 'No recorded change (curated with the corpus).'));
}

/**
 * One claim of the article: its point, value, status, quote and offsets, attribution, the explanation of the
 * verdict it feeds (when the comparison shows this source), review buttons and history.
 */
export function claimItem(claim, verdictCell, actions) {
  const status = claim.status.toLowerCase();
  const verdict = verdictCell ? VERDICTS[verdictCell.verdict] : null;
  const reviewable = claim.status !== 'CURATED';
  return el('li', { class: `claim s-${claim.status}`, id: `claim-${claim.id}`, 'data-claim': claim.id, 'data-status': claim.status, tabindex: '-1' },
    el('h4', {}, claim.facet ? claim.facet.label : 'No point', ': ', el('span', { class: 'value' }, claim.value.display)),
    el('p', { class: 'claim-meta' },
      el('span', { class: `tag status s-${claim.status}`, 'data-role': 'status' }, status), ' ',
      claim.attributedTo ? `attributed to ${claim.attributedTo}` : "the outlet's own voice", ` · origin ${claim.origin}`),
    el('blockquote', {}, `“${claim.quote.exact}”`, el('span', { class: 'offsets' }, ` (characters ${claim.quote.start}–${claim.quote.end})`)),
    verdict ? el('p', { class: 'explanation' },
      el('span', { class: 'mark', 'aria-hidden': 'true' }, verdict.mark), ` ${verdict.text}: ${verdictCell.explanation}`) : null,
    el('div', { class: 'row actions' },
      el('button', { type: 'button', onclick: () => actions.show(claim) }, 'Show in text'),
      reviewable && claim.status !== 'CONFIRMED' ? el('button', { type: 'button', 'data-action': 'confirm', onclick: () => actions.confirm(claim) }, 'Confirm') : null,
      reviewable && claim.status !== 'REJECTED' ? el('button', { type: 'button', 'data-action': 'reject', onclick: () => actions.reject(claim) }, 'Reject') : null,
      el('button', { type: 'button', 'data-action': 'correct-span', onclick: () => actions.correctSpan(claim) }, 'Use selected text as its quote')),
    historyNode(claim));
}
