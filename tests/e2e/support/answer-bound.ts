/**
 * Every answer must be complete within this, however hostile the request or large the
 * catalogue: the hostile-input properties hold each answer to it, and `npm run bench` the
 * capped requests on 100 000 items (scripts/bench/caps-rows.ts).
 */
export const ANSWER_WITHIN_MS = 5_000;
