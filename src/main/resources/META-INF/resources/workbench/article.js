// An article's text with every claim's quote highlighted at its offsets, and its claims with their history.

import { el } from './dom.js';
import { VERDICTS } from './matrix.js';

/** Whether a quote's offsets (UTF-16 code units, end exclusive, as the API gives them) lie inside the text. */
function inText(claim, text) {
  const { start, end } = claim.quote;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

const byPosition = (a, b) => a.start - b.start || b.end - a.end;

/**
 * The text from..to as nodes, each span a <mark>; a span inside another is a <mark> inside its <mark>, and a span
 * that crosses another's end is cut in two parts (marked data-part, without data-claim).
 */
function nest(text, from, to, spans, currentIds) {
  const nodes = [];
  let pos = from;
  let rest = [...spans].sort(byPosition);
  while (rest.length) {
    const [span, ...others] = rest;
    if (span.start > pos) {
      nodes.push(document.createTextNode(text.slice(pos, span.start)));
    }
    const inner = [];
    const after = [];
    for (const other of others) {
      if (other.start >= span.end) {
        after.push(other);
      } else if (other.end <= span.end) {
        inner.push(other);
      } else {
        inner.push({ ...other, end: span.end, part: true });
        after.push({ ...other, start: span.end, part: true });
      }
    }
    const claim = span.claim;
    nodes.push(el('mark', {
      class: `quote s-${claim.status}${currentIds.has(claim.id) ? ' current' : ''}`,
      'data-claims': claim.id,
      'data-claim': span.part ? null : claim.id,
      'data-part': span.part ? 'true' : null,
      'data-start': span.start, 'data-end': span.end,
      tabindex: '-1',
    }, nest(text, span.start, span.end, inner, currentIds)));
    pos = span.end;
    rest = after.sort(byPosition);
  }
  if (pos < to) {
    nodes.push(document.createTextNode(text.slice(pos, to)));
  }
  return nodes;
}

/**
 * The text as nodes with every claim's quote in a <mark> at its offsets. JavaScript strings index in UTF-16 code
 * units, the API's unit, so slice() cuts exactly where the offsets say, whatever the script, combining marks or
 * emoji. A <mark> with data-claim holds exactly that claim's quote (overlapping quotes nest).
 */
export function highlightedText(text, claims, currentIds) {
  const spans = claims.filter(c => inText(c, text)).map(c => ({ start: c.quote.start, end: c.quote.end, claim: c }));
  return nest(text, 0, text.length, spans, currentIds);
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
      el('button', { type: 'button', 'data-action': 'correct-span', onclick: () => actions.correctSpan(claim) }, 'Use selected text as its quote'),
      el('button', { type: 'button', 'data-action': 'correct-value', onclick: () => actions.correctValue(claim) }, 'Give it the point and value above')),
    historyNode(claim));
}
