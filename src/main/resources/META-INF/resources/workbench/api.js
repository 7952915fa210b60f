// Talks to /graphql (POST application/json) and turns the API's coded errors into sentences.

const ENDPOINT = new URL('../graphql', import.meta.url).href;
const TOKEN_KEY = 'parallax.token';

/** What each extensions.code means to a person using the page. */
const SENTENCES = {
  UNAVAILABLE: 'The database cannot be reached; try again.',
  UNAUTHENTICATED: 'You are not signed in, or your token is not valid (expired, wrongly signed or malformed). Sign in with a valid token.',
  FORBIDDEN: 'Your token does not allow this: changes need the editor (or admin) role.',
  BAD_USER_INPUT: 'The server refused the input.',
  NOT_FOUND: 'It was not found: it may have been removed, or the link is wrong.',
  RATE_LIMITED: 'Too many requests for now; wait a moment and try again.',
  TIMEOUT: 'The server took too long and stopped the request; try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server; try again, and report it if it keeps happening.',
  PAYLOAD_TOO_LARGE: 'That is too large to send (an article may be at most 200 KB).',
  QUERY_TOO_LARGE: 'The request is larger than the server allows.',
  QUERY_TOO_DEEP: 'The request is more deeply nested than the server allows.',
  QUERY_TOO_COMPLEX: 'The request asks for more than the server allows at once.',
  TOO_MANY_ALIASES: 'The request asks for more than the server allows at once.',
  TOO_MANY_DIRECTIVES: 'The request asks for more than the server allows at once.',
  TOO_MANY_OPERATIONS: 'The request holds more operations than the server allows.',
  GRAPHQL_PARSE_FAILED: 'The page sent a request the server cannot read; reload the page.',
  GRAPHQL_VALIDATION_FAILED: 'The page sent a request the server does not accept; reload the page (it may be out of date).',
  OPERATION_RESOLUTION_FAILURE: 'The page sent a request the server does not accept; reload the page.',
  INTROSPECTION_DISABLED: 'The schema is not published on this server.',
  BAD_REQUEST: 'The server could not read the request.',
  UNSUPPORTED_MEDIA_TYPE: 'The server refused the request format.',
  NOT_ACCEPTABLE: 'The server cannot answer in a format this page reads.',
  METHOD_NOT_ALLOWED: 'The server does not allow this kind of request.',
  FETCH_REFUSED: 'Parallax may not fetch that address (only public http or https pages).',
  FETCH_FAILED: 'The page could not be fetched (the site did not answer, or answered with an error).',
  FETCH_TOO_LARGE: 'The page is too large to fetch.',
  FETCH_TIMEOUT: 'The site took too long to answer; try again, or paste the text.',
  UNSUPPORTED_CONTENT: 'That address is not an HTML or text page with an article in it; paste the text instead.',
};

/** Codes whose server message adds what a person needs (which field, which offset). */
const WITH_DETAIL = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

/** A failed request: a code and a sentence to show. */
export class ApiError extends Error {
  constructor(code, sentence) {
    super(sentence);
    this.code = code;
  }
}

/** The sentence for one GraphQL error object. */
export function sentenceFor(error) {
  const code = error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const base = SENTENCES[code] ?? `The request failed (${code}).`;
  const detail = WITH_DETAIL.has(code) && error.message ? ` ${error.message}` : '';
  return { code, sentence: base + detail };
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/** The claims of a JWT's payload, unverified (for display only: the server checks the signature). */
export function tokenClaims(jwt) {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(part), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * Runs a GraphQL operation and returns its data; throws an ApiError for the first error. Every request carries the
 * bearer token when there is one: mutations need it, and reads with it count against the token's budget, larger
 * than an address's (the server never refuses a read for a stale token).
 */
export async function graphql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const bearer = token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  let response;
  try {
    response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('NETWORK', 'The server cannot be reached; check the connection and try again.');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP_${response.status}`, `The server answered with an unreadable response (HTTP ${response.status}); try again.`);
  }
  if (body.errors?.length) {
    const { code, sentence } = sentenceFor(body.errors[0]);
    throw new ApiError(code, sentence);
  }
  if (!response.ok || !body.data) {
    throw new ApiError(`HTTP_${response.status}`, `The request failed (HTTP ${response.status}); try again.`);
  }
  return body.data;
}
