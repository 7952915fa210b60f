// The comparison as a table: points (grouped by clause) × sources, each cell a verdict in text and mark.

import { el } from './dom.js';

/** Verdicts as words and marks, so colour is never the only signal. */
export const VERDICTS = {
  MATCHES: { mark: '✓', text: 'matches' },
  CONFLICTS: { mark: '✗', text: 'conflicts' },
  PARTIAL: { mark: '◐', text: 'partial' },
  REPORTS: { mark: '●', text: 'reports' },
  OMITS: { mark: '–', text: 'omits' },
};

export const CONSENSUS = {
  AGREED: { mark: '=', text: 'agreed' },
  DISPUTED: { mark: '≠', text: 'disputed' },
  SINGLE_SOURCE: { mark: '1', text: 'single source' },
  UNREPORTED: { mark: '∅', text: 'unreported' },
};

/** The rows the filters let through, grouped by clause in their order (context facts last). */
export function visibleGroups(comparison, { disputedOnly, clausesOnly }) {
  const groups = [];
  for (const row of comparison.rows) {
    if (disputedOnly && row.consensus !== 'DISPUTED') {
      continue;
    }
    const clause = row.facet.clause;
    if (clausesOnly && !clause) {
      continue;
    }
    const key = clause ? `clause-${clause.number}` : 'context';
    let group = groups.find(g => g.key === key);
    if (!group) {
      group = { key, title: clause ? `Clause ${clause.number}: ${clause.title}` : 'Context facts (the agreement does not settle them)', rows: [] };
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}

function tags(cell) {
  return [
    cell.derived ? el('span', { class: 'tag' }, 'derived') : null,
    cell.suggested ? el('span', { class: 'tag suggested' }, 'suggested') : null,
  ];
}

function cellNode(cell, source, row, onOpen) {
  const verdict = VERDICTS[cell.verdict] ?? { mark: '?', text: cell.verdict.toLowerCase() };
  const values = cell.claims.map(c => c.value.display).filter((v, i, all) => all.indexOf(v) === i);
  const button = el('button', {
    type: 'button', class: 'cell-button', title: cell.explanation,
    onclick: () => onOpen({ source, row, cell }),
  },
  el('span', { class: 'verdict' }, el('span', { class: 'mark', 'aria-hidden': 'true' }, verdict.mark), ' ', verdict.text),
  values.length ? el('span', { class: 'value' }, values.join('; ')) : null,
  tags(cell),
  el('span', { class: 'visually-hidden' }, `. ${cell.explanation}. Open the article.`));
  return el('td', {
    class: `cell v-${cell.verdict}`, 'data-facet': row.facet.key, 'data-source': source.id, 'data-verdict': cell.verdict,
  }, button);
}

function consensusNode(row) {
  const consensus = CONSENSUS[row.consensus] ?? { mark: '?', text: row.consensus };
  return el('td', { class: `consensus c-${row.consensus}`, 'data-consensus': row.consensus },
    el('span', { class: 'verdict' }, el('span', { class: 'mark', 'aria-hidden': 'true' }, consensus.mark), ' ', consensus.text),
    el('span', { class: 'explanation' }, row.consensusExplanation));
}

/** The table for the comparison under the filters; onOpen({source, row, cell}) when a cell is chosen. */
export function matrixTable(comparison, filters, onOpen) {
  const sources = comparison.sources;
  const groups = visibleGroups(comparison, filters);
  const columns = sources.length + 3;
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col' }, 'Point'),
    el('th', { scope: 'col' }, 'Agreement says'),
    sources.map(s => el('th', { scope: 'col', class: 'source-head', 'data-source': s.id },
      el('span', { class: 'source-title' }, s.title),
      s.outlet || s.publishedOn ? el('span', { class: 'source-meta' }, [s.outlet, s.publishedOn].filter(Boolean).join(', ')) : null)),
    el('th', { scope: 'col' }, 'Consensus')));
  const bodies = groups.map(group => el('tbody', { 'data-group': group.key },
    el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: columns }, group.title)),
    group.rows.map(row => el('tr', { 'data-facet': row.facet.key },
      el('th', { scope: 'row', class: 'facet' }, el('span', {}, row.facet.label),
        row.facet.description ? el('span', { class: 'facet-description' }, row.facet.description) : null),
      el('td', { class: 'expected' }, row.expected ? row.expected.display : el('span', { class: 'none' }, 'not settled')),
      row.cells.map((cell, i) => cellNode(cell, sources[i], row, onOpen)),
      consensusNode(row)))));
  if (!groups.length) {
    return el('p', { class: 'empty' }, 'No point passes the filters.');
  }
  return el('table', { class: 'matrix' },
    el('caption', { class: 'visually-hidden' }, 'Each point of the agreement, what every source says on it, and the consensus'),
    head, bodies);
}
