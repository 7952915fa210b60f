// The GraphQL documents the workbench sends.

export const AGREEMENTS = `query Agreements {
  agreements { id slug title signedOn place parties }
}`;

export const COMPARISON = `query Comparison($id: ID!, $includeSuggested: Boolean) {
  comparison(agreementId: $id, includeSuggested: $includeSuggested) {
    sources { id title outlet publishedOn }
    rows {
      facet { key label kind description clause { number title } }
      expected { display }
      consensus
      consensusExplanation
      cells {
        verdict explanation derived suggested
        claims { id status attributedTo value { display } quote { start end exact } }
      }
    }
  }
}`;

const CLAIM_FIELDS = `fragment ClaimFields on Claim {
  id status origin attributedTo
  facet { key label kind }
  value { display kind }
  quote { start end exact }
  history { action actor at before after }
}`;

export const SOURCE = `query Source($id: ID!) {
  source(id: $id) {
    id title outlet url publishedOn language text
    claims { ...ClaimFields }
  }
}
${CLAIM_FIELDS}`;

export const CONFIRM = `mutation Confirm($input: ReviewClaimInput!) {
  confirmClaim(input: $input) { claim { ...ClaimFields } }
}
${CLAIM_FIELDS}`;

export const REJECT = `mutation Reject($input: ReviewClaimInput!) {
  rejectClaim(input: $input) { claim { ...ClaimFields } }
}
${CLAIM_FIELDS}`;

export const CORRECT = `mutation Correct($input: CorrectClaimInput!) {
  correctClaim(input: $input) { claim { ...ClaimFields } }
}
${CLAIM_FIELDS}`;

export const ADD_CLAIM = `mutation AddClaim($input: AddClaimInput!) {
  addClaim(input: $input) { claim { ...ClaimFields } }
}
${CLAIM_FIELDS}`;

export const ADD_SOURCE = `mutation AddSource($input: AddSourceInput!) {
  addSource(input: $input) { created source { id title } claims { id } }
}`;
