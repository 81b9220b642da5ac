// The predicate table of lexicon-events.ts compiled once: each row's pattern as a regular
// expression (`{event}` filled with the event nouns), and one expression for the predicates that
// take their people before them, which also tells a name ("Ann Roe said" → Ann Roe is a person).
import { EVENT_NOUNS, EVENT_REFERENCES, PREDICATES, type PredicateRow } from './lexicon-events.js';

const EVENT = EVENT_NOUNS.map(([noun]) => noun.replace('-', '\\-')).join('|');
const source = (row: PredicateRow) => row.pattern.replace('{event}', `(?:${EVENT})`);

/** An event noun or a word referring back to the event ("presided over the event"). */
export const EVENT_OR_REFERENCE = new RegExp(`\\b(?:${EVENT}|${EVENT_REFERENCES.join('|')})s?\\b`, 'i');

export const PREDICATE_RES = PREDICATES.map((row) => ({ row, re: new RegExp(`\\b(?:${source(row)})\\b`, 'gi') }));

const RUN = "((?:(?:[A-Z]\\.){1,3} ?)?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){1,2})";

/** A run of two or three capitalised words right after a predicate with an object: "swore in Tom Hill". */
export const NAME_AFTER_PREDICATE = new RegExp(`\\b(?:${PREDICATES.filter((r) => r.after).map(source).join('|')}) ${RUN}`, 'g');

/** A run of two or three capitalised words right before a predicate with a subject. */
export const NAME_BEFORE_PREDICATE = new RegExp(
  `((?:(?:[A-Z]\\.){1,3} ?)?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){1,2})(?: (?:also|then|has|had|was|were))? (?:${PREDICATES.filter((r) => r.before).map(source).join('|')})\\b`,
  'g',
);
