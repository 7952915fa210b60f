// The workbench: pick an agreement, read its comparison, open an article beside it, review and add claims and articles.

import { ApiError, graphql, setToken, token, tokenClaims } from './api.js';
import { el, fill } from './dom.js';
import { matrixTable } from './matrix.js';
import { claimItem, highlightedText, selectionOffsets } from './article.js';
import { valueFields, valueInput } from './valuefields.js';
import * as Q from './queries.js';
import { watchComparison } from './live.js';

const $ = id => document.getElementById(id);

const state = {
  agreements: [],
  agreementId: null,
  comparison: null,
  source: null,
  facetKey: null,
  stopWatching: null,
  refetch: null,
  articleToo: false,
  quietUntil: 0,
};

// ---- Messages ----------------------------------------------------------------------------------

function showError(error) {
  const sentence = error instanceof ApiError ? error.message : `Something went wrong in the page: ${error?.message ?? error}`;
  const code = error instanceof ApiError ? error.code : 'PAGE';
  fill($('alert'), el('span', { 'data-code': code }, sentence), ' ',
    el('button', { type: 'button', class: 'link', onclick: () => { $('alert').hidden = true; } }, 'Dismiss'));
  $('alert').hidden = false;
}

function clearError() {
  $('alert').hidden = true;
}

function announce(message) {
  $('status').textContent = message;
}

/** Runs an action, showing its failure as a sentence instead of leaving the page half-done. */
async function attempt(action) {
  try {
    await action();
    return true;
  } catch (error) {
    showError(error);
    return false;
  }
}

// ---- Address (#agreement=…&source=…&facet=…) -----------------------------------------------------

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return { agreement: params.get('agreement'), source: params.get('source'), facet: params.get('facet') };
}

function writeHash() {
  const params = new URLSearchParams();
  if (state.agreementId) params.set('agreement', state.agreementId);
  if (state.source) params.set('source', state.source.id);
  if (state.source && state.facetKey) params.set('facet', state.facetKey);
  history.replaceState(null, '', `#${params}`);
}

// ---- Sign-in ------------------------------------------------------------------------------------

function renderSignedIn() {
  const jwt = token();
  const claims = jwt ? tokenClaims(jwt) : null;
  let text = 'Not signed in: you can read everything; reviewing and adding articles need a token.';
  if (jwt && !claims) {
    text = 'The stored token cannot be read; sign in again.';
  } else if (claims) {
    const roles = Array.isArray(claims.groups) ? claims.groups.join(', ') : 'no roles';
    const until = claims.exp ? new Date(claims.exp * 1000) : null;
    const expired = until && until < new Date();
    text = expired
      ? `Your token for ${claims.sub} expired at ${until.toLocaleString()}; sign in again.`
      : `Signed in as ${claims.sub} (${roles})${until ? `, until ${until.toLocaleString()}` : ''}.`;
  }
  $('signed-in-as').textContent = text;
  $('sign-out').hidden = !jwt;
}

function wireSignIn() {
  $('sign-in-form').addEventListener('submit', event => {
    event.preventDefault();
    const value = $('token').value.trim();
    if (value.split('.').length !== 3 || !tokenClaims(value)) {
      showError(new ApiError('BAD_TOKEN', 'That is not a token: a JWT has three parts separated by dots.'));
      return;
    }
    setToken(value);
    $('token').value = '';
    $('sign-in-details').open = false;
    clearError();
    renderSignedIn();
    announce('Signed in.');
  });
  $('sign-out').addEventListener('click', () => {
    setToken(null);
    renderSignedIn();
    announce('Signed out.');
  });
  renderSignedIn();
}

/** Mutations need a token: say so and open the sign-in box instead of sending a request bound to fail. */
function requireToken() {
  if (token()) {
    return true;
  }
  showError(new ApiError('UNAUTHENTICATED', 'Changes need a token: sign in first (see “Sign in with a token” at the top).'));
  $('sign-in-details').open = true;
  $('token').focus();
  return false;
}

// ---- Agreement and comparison ---------------------------------------------------------------------

function filters() {
  return {
    disputedOnly: $('filter-disputed').checked,
    clausesOnly: $('filter-clauses').checked,
    includeSuggested: $('filter-suggested').checked,
  };
}

async function loadAgreements(wanted) {
  const data = await graphql(Q.AGREEMENTS);
  state.agreements = data.agreements;
  const select = $('agreement');
  fill(select, data.agreements.map(a => el('option', { value: a.id }, a.title)));
  if (!data.agreements.length) {
    fill(select, el('option', { value: '' }, 'No agreement yet'));
    return;
  }
  state.agreementId = data.agreements.some(a => a.id === wanted) ? wanted : data.agreements[0].id;
  select.value = state.agreementId;
}

function renderSummary() {
  const agreement = state.agreements.find(a => a.id === state.agreementId);
  if (!agreement) {
    $('agreement-summary').textContent = '';
    return;
  }
  const parts = [agreement.parties.join(' – '), agreement.place, agreement.signedOn].filter(Boolean);
  $('agreement-summary').textContent = parts.join(', ');
}

async function loadComparison() {
  if (!state.agreementId) {
    fill($('matrix'), el('p', {}, 'No agreement to compare yet.'));
    return;
  }
  $('matrix').setAttribute('aria-busy', 'true');
  try {
    const data = await graphql(Q.COMPARISON, { id: state.agreementId, includeSuggested: filters().includeSuggested });
    state.comparison = data.comparison;
    renderMatrix();
  } finally {
    $('matrix').removeAttribute('aria-busy');
  }
}

function renderMatrix() {
  if (!state.comparison) {
    return;
  }
  fill($('matrix'), matrixTable(state.comparison, filters(), ({ source, row }) => {
    attempt(() => openArticle(source.id, row.facet.key));
  }));
  markOpenCell();
}

function markOpenCell() {
  for (const node of document.querySelectorAll('td.cell.open')) {
    node.classList.remove('open');
  }
  if (state.source && state.facetKey) {
    const cell = document.querySelector(`td.cell[data-source="${CSS.escape(state.source.id)}"][data-facet="${CSS.escape(state.facetKey)}"]`);
    cell?.classList.add('open');
  }
}

// ---- Article ------------------------------------------------------------------------------------

/** The comparison's cell for this source and point, when the comparison shows them. */
function cellFor(sourceId, facetKey) {
  const comparison = state.comparison;
  const column = comparison?.sources.findIndex(s => s.id === sourceId) ?? -1;
  const row = comparison?.rows.find(r => r.facet.key === facetKey);
  return column >= 0 && row ? { row, cell: row.cells[column] } : null;
}

async function openArticle(sourceId, facetKey, { focus = true } = {}) {
  const data = await graphql(Q.SOURCE, { id: sourceId });
  state.source = data.source;
  state.facetKey = facetKey ?? null;
  renderArticle();
  writeHash();
  markOpenCell();
  $('article-panel').hidden = false;
  document.body.classList.add('with-article');
  if (focus) {
    $('article-panel').focus();
    document.querySelector('#article-text mark.current')?.scrollIntoView({ block: 'center' });
  }
}

function closeArticle({ focus = true } = {}) {
  const open = state.source && state.facetKey
    ? document.querySelector(`td.cell.open .cell-button`) : null;
  state.source = null;
  state.facetKey = null;
  $('article-panel').hidden = true;
  document.body.classList.remove('with-article');
  writeHash();
  markOpenCell();
  if (focus) (open ?? $('matrix')).focus();
}

/** Follows an address typed or pasted by hand, or the browser's back and forward buttons. */
async function applyHash() {
  const wanted = readHash();
  if (wanted.agreement && wanted.agreement !== state.agreementId && state.agreements.some(a => a.id === wanted.agreement)) {
    state.agreementId = wanted.agreement;
    $('agreement').value = wanted.agreement;
    renderSummary();
    await loadComparison();
    watch();
  }
  if (wanted.source && (wanted.source !== state.source?.id || wanted.facet !== state.facetKey)) {
    await openArticle(wanted.source, wanted.facet, { focus: false });
  } else if (!wanted.source && state.source) {
    closeArticle({ focus: false });
  }
}

function renderArticle() {
  const source = state.source;
  const match = state.facetKey ? cellFor(source.id, state.facetKey) : null;
  const currentIds = new Set(match ? match.cell.claims.map(c => c.id)
    : source.claims.filter(c => c.facet?.key === state.facetKey).map(c => c.id));
  $('article-heading').textContent = source.title;
  fill($('article-meta'),
    [source.outlet, source.publishedOn, source.language].filter(Boolean).join(' · '),
    source.url ? [' · ', el('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null);
  fill($('cell-summary'), match ? [
    el('p', {}, el('strong', {}, match.row.facet.label), ` — agreement: ${match.row.expected?.display ?? 'not settled'}`),
    el('p', { 'data-verdict': match.cell.verdict }, `This source ${match.cell.verdict.toLowerCase()}: ${match.cell.explanation}`,
      match.cell.derived ? ' (derived)' : '', match.cell.suggested ? ' (rests on a suggested claim)' : ''),
    el('p', {}, `Consensus: ${match.row.consensus.toLowerCase().replace('_', ' ')} — ${match.row.consensusExplanation}`),
  ] : null);
  const text = $('article-text');
  if (source.language) text.setAttribute('lang', source.language); else text.removeAttribute('lang');
  fill(text, highlightedText(source.text, source.claims, currentIds));
  const actions = { show: showClaimInText, confirm: c => review(Q.CONFIRM, 'confirmClaim', c, 'confirmed'),
    reject: c => review(Q.REJECT, 'rejectClaim', c, 'rejected'), correctSpan, correctValue };
  fill($('claims'), source.claims.length
    ? source.claims.map(c => claimItem(c, c.facet ? cellFor(source.id, c.facet.key)?.cell : null, actions))
    : el('li', {}, 'No claims for this article yet.'));
  renderFacetChoices();
  updatePreview();
}

function showClaimInText(claim) {
  const mark = document.querySelector(`#article-text mark[data-claims~="${CSS.escape(claim.id)}"]`);
  if (!mark) {
    announce('This claim has no quote inside the text.');
    return;
  }
  for (const node of document.querySelectorAll('#article-text mark.focused')) node.classList.remove('focused');
  mark.classList.add('focused');
  mark.scrollIntoView({ block: 'center' });
  mark.focus();
}

// ---- Live updates: another reviewer's change (through any instance) refetches the comparison ----------

function watch() {
  state.stopWatching?.();
  if (!state.agreementId) return;
  const agreementId = state.agreementId;
  state.stopWatching = watchComparison(agreementId, change => {
    if (change.agreementId !== state.agreementId) return;
    // The open article is re-read only when its own claims changed (or after a gap), not under every reader.
    state.articleToo ||= Boolean(state.source && (change.kind === 'RESYNC' || change.sourceId === state.source.id));
    // Several changes in a burst (an article's suggestions) become one refetch.
    clearTimeout(state.refetch);
    state.refetch = setTimeout(() => attempt(async () => {
      const articleToo = state.articleToo;
      state.articleToo = false;
      await loadComparison();
      document.body.dataset.liveUpdates = String(Number(document.body.dataset.liveUpdates ?? 0) + 1);
      // Right after this page's own change (already shown), the echo only refreshes the matrix, quietly.
      if (Date.now() < state.quietUntil) return;
      if (articleToo && state.source) await openArticle(state.source.id, state.facetKey, { focus: false });
      announce('The comparison was updated with a change made elsewhere.');
    }), 150);
  }, live => {
    document.body.dataset.live = live;
  });
}

async function refreshAfterChange(message) {
  state.quietUntil = Date.now() + 3000;
  await loadComparison();
  if (state.source) {
    await openArticle(state.source.id, state.facetKey, { focus: false });
  }
  announce(message);
}

function review(document_, field, claim, done) {
  if (!requireToken()) return;
  attempt(async () => {
    await graphql(document_, { input: { claimId: claim.id } });
    clearError();
    await refreshAfterChange(`Claim “${claim.quote.exact}” ${done}.`);
    $(`claim-${claim.id}`)?.focus();
  });
}

// ---- Selection, corrections and new claims ---------------------------------------------------------

function span() {
  const start = Number.parseInt($('span-start').value, 10);
  const end = Number.parseInt($('span-end').value, 10);
  return Number.isInteger(start) && Number.isInteger(end) ? { start, end } : null;
}

function updatePreview() {
  const chosen = span();
  const text = state.source?.text ?? '';
  if (!chosen) {
    $('span-preview').textContent = 'Nothing selected.';
  } else if (chosen.start < 0 || chosen.end > text.length || chosen.start >= chosen.end) {
    $('span-preview').textContent = `Characters ${chosen.start}–${chosen.end} are not a span of this text (0–${text.length}).`;
  } else {
    $('span-preview').textContent = `Characters ${chosen.start}–${chosen.end}: “${text.slice(chosen.start, chosen.end)}”`;
  }
  renderValueFields();
}

function takeSelection() {
  const offsets = selectionOffsets($('article-text'));
  if (offsets) {
    $('span-start').value = offsets.start;
    $('span-end').value = offsets.end;
    updatePreview();
  }
}

function correctSpan(claim) {
  const chosen = span();
  if (!chosen) {
    showError(new ApiError('NO_SELECTION', 'Select the new quote in the article first (or type its offsets).'));
    $('span-start').focus();
    return;
  }
  if (!requireToken()) return;
  attempt(async () => {
    await graphql(Q.CORRECT, { input: { claimId: claim.id, quote: chosen } });
    clearError();
    await refreshAfterChange('The claim’s quote was corrected.');
    $(`claim-${claim.id}`)?.focus();
  });
}

function correctValue(claim) {
  const facet = facets().find(f => f.key === $('claim-facet').value);
  if (!facet || !$('add-claim-details').open) {
    $('add-claim-details').open = true;
    showError(new ApiError('NO_VALUE', 'Choose the point and type the value under “A claim’s point and value” first.'));
    $('claim-facet').focus();
    return;
  }
  if (!requireToken()) return;
  attempt(async () => {
    const input = { claimId: claim.id, facetKey: facet.key, value: valueInput(facet.kind, $('add-claim-form')) };
    await graphql(Q.CORRECT, { input });
    clearError();
    await refreshAfterChange('The claim’s point and value were corrected.');
    $(`claim-${claim.id}`)?.focus();
  });
}

function facets() {
  return state.comparison?.rows.map(r => r.facet) ?? [];
}

function renderFacetChoices() {
  const select = $('claim-facet');
  const chosen = select.value || state.facetKey;
  fill(select, facets().map(f => el('option', { value: f.key, 'data-kind': f.kind }, f.label)));
  if (chosen && facets().some(f => f.key === chosen)) select.value = chosen;
}

function renderValueFields() {
  const facet = facets().find(f => f.key === $('claim-facet').value);
  const chosen = span();
  const selected = chosen && state.source ? state.source.text.slice(chosen.start, chosen.end) : '';
  const key = `${facet?.kind}|${selected}`;
  const box = $('claim-value-fields');
  if (box.dataset.key !== key) {
    box.dataset.key = key;
    fill(box, facet ? valueFields(facet.kind, selected) : null);
  }
}

function addClaim(event) {
  event.preventDefault();
  const chosen = span();
  const facet = facets().find(f => f.key === $('claim-facet').value);
  if (!chosen || !state.source || !facet) {
    showError(new ApiError('NO_SELECTION', 'Select the quote in the article and choose a point first.'));
    return;
  }
  if (!requireToken()) return;
  attempt(async () => {
    const input = {
      sourceId: state.source.id, facetKey: facet.key, quote: chosen,
      value: valueInput(facet.kind, $('add-claim-form')),
      attributedTo: $('claim-attributed').value.trim() || null,
    };
    const data = await graphql(Q.ADD_CLAIM, { input });
    clearError();
    $('add-claim-details').open = false;
    await refreshAfterChange('The claim was added.');
    $(`claim-${data.addClaim.claim.id}`)?.focus();
  });
}

// ---- Adding an article --------------------------------------------------------------------------

function openAddSource() {
  if (!state.agreementId) {
    showError(new ApiError('NO_AGREEMENT', 'There is no agreement to add an article to.'));
    return;
  }
  $('add-source-error').hidden = true;
  $('add-source').showModal();
  $('source-title').focus();
}

async function addSource(event) {
  event.preventDefault();
  if (!token()) {
    $('add-source').close();
    requireToken();
    return;
  }
  const optional = id => $(id).value.trim() || null;
  // Without a text, the server fetches the page at the URL and reads its main text and metadata.
  const text = $('source-text').value.trim() ? $('source-text').value : null;
  if (!text && !optional('source-url')) {
    $('add-source-error').textContent = 'Paste the article\'s text, or give its URL for Parallax to fetch.';
    $('add-source-error').hidden = false;
    return;
  }
  const input = {
    agreementId: state.agreementId, text, title: optional('source-title'),
    outlet: optional('source-outlet'), url: optional('source-url'), publishedOn: optional('source-date'),
    language: optional('source-language'),
  };
  $('add-source-submit').disabled = true;
  try {
    const data = await graphql(Q.ADD_SOURCE, { input });
    const payload = data.addSource;
    $('add-source').close();
    $('add-source-form').reset();
    clearError();
    $('filter-suggested').checked = true;
    state.quietUntil = Date.now() + 3000;
    await loadComparison();
    await openArticle(payload.source.id, null);
    const count = payload.claims.length;
    announce(payload.created
      ? `Article added with ${count} suggested ${count === 1 ? 'claim' : 'claims'}; review them beside the comparison.`
      : 'This agreement already had this text: nothing was added; here is the existing article.');
  } catch (error) {
    fill($('add-source-error'), error instanceof ApiError ? error.message : String(error));
    $('add-source-error').hidden = false;
  } finally {
    $('add-source-submit').disabled = false;
  }
}

// ---- Start ------------------------------------------------------------------------------------------

function wire() {
  wireSignIn();
  $('agreement').addEventListener('change', () => attempt(async () => {
    state.agreementId = $('agreement').value;
    state.source = null;
    state.facetKey = null;
    $('article-panel').hidden = true;
    document.body.classList.remove('with-article');
    renderSummary();
    writeHash();
    await loadComparison();
    watch();
  }));
  $('filter-disputed').addEventListener('change', renderMatrix);
  $('filter-clauses').addEventListener('change', renderMatrix);
  $('filter-suggested').addEventListener('change', () => attempt(async () => {
    await loadComparison();
    if (state.source) renderArticle();
  }));
  $('close-article').addEventListener('click', () => closeArticle());
  window.addEventListener('hashchange', () => attempt(applyHash));
  $('article-text').addEventListener('mouseup', takeSelection);
  $('article-text').addEventListener('keyup', takeSelection);
  $('span-start').addEventListener('input', updatePreview);
  $('span-end').addEventListener('input', updatePreview);
  $('claim-facet').addEventListener('change', renderValueFields);
  $('add-claim-form').addEventListener('submit', addClaim);
  $('open-add-source').addEventListener('click', openAddSource);
  $('add-source-form').addEventListener('submit', addSource);
  $('add-source-cancel').addEventListener('click', () => $('add-source').close());
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !$('article-panel').hidden && !$('add-source').open) closeArticle();
  });
}

async function start() {
  wire();
  const wanted = readHash();
  const loaded = await attempt(async () => {
    await loadAgreements(wanted.agreement);
    renderSummary();
    await loadComparison();
  });
  if (!loaded) {
    fill($('matrix'), el('p', {}, 'The comparison could not be loaded; see the message above, then reload the page.'));
    return;
  }
  if (wanted.source) {
    await attempt(() => openArticle(wanted.source, wanted.facet, { focus: false }));
  }
  watch();
  writeHash();
  document.body.dataset.ready = 'true';
}

window.addEventListener('unhandledrejection', event => {
  event.preventDefault();
  showError(event.reason);
});
start();
