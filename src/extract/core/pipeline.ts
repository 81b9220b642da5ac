// The extraction pipeline is a list: each step names what it needs on the ArticleDoc and what it
// adds, the runner checks the order once and names the step and article in any error.
import { ExtractionError, InputError } from '../../errors.js';
import { dates } from '../dates/dates.js';
import { englishSteps } from '../english/steps.js';
import { createDoc, type ArticleDoc } from './doc.js';
import { documents, reviews } from '../events/documents.js';
import { meetings } from '../events/meetings.js';
import { organizations } from '../bodies/organizations.js';
import { people } from '../people/people.js';
import { places } from '../places/places.js';
import { outlets } from '../bylines/outlets.js';
import { reporters } from '../bylines/reporters.js';
import { participation } from '../events/participation.js';
import { sentences } from './sentences.js';
import { tokens } from './tokens.js';
import { visits } from '../events/visits.js';

import type { DocField, Step } from './pipeline-types.js';

export type { Step } from './pipeline-types.js';

export const steps: Step[] = [
  { name: 'sentences', requires: ['text'], assigns: ['sentences'], run: sentences },
  { name: 'tokens', requires: ['sentences'], assigns: ['tokens', 'words'], run: tokens },
  { name: 'reporters', requires: ['article'], assigns: ['reporters'], run: reporters },
  { name: 'outlets', requires: ['article'], assigns: ['outlets'], run: outlets },
  { name: 'dates', requires: ['sentences', 'context'], assigns: ['dates'], run: dates },
  { name: 'organizations', requires: ['sentences', 'tokens'], assigns: ['bodies'], run: organizations },
  { name: 'people', requires: ['sentences', 'tokens', 'reporters', 'bodies'], assigns: ['people', 'titles'], run: (doc) => people(doc) },
  { name: 'documents', requires: ['sentences'], assigns: ['documents'], run: documents },
  { name: 'places', requires: ['sentences', 'tokens', 'bodies'], assigns: ['places'], run: places },
  { name: 'meetings', requires: ['sentences', 'dates', 'people'], assigns: ['meetings', 'mainMeeting'], run: meetings },
  { name: 'roles', requires: ['sentences', 'dates', 'people', 'meetings', 'mainMeeting'], assigns: ['roles', 'meetings', 'mainMeeting'], run: participation },
  { name: 'visits', requires: ['people', 'places', 'context', 'sentences'], assigns: ['visits'], run: visits },
  { name: 'reviews', requires: ['documents', 'meetings', 'sentences', 'mainMeeting'], assigns: ['reviews'], run: reviews },
];

const GIVEN: DocField[] = ['article', 'text', 'bodyStart', 'context', 'language', 'words'];

/** Throws when a step needs a field that no earlier step assigns. */
export function checkOrder(list: Step[]): void {
  const assigned = new Set<DocField>(GIVEN);
  for (const step of list) {
    const missing = step.requires.filter((f) => !assigned.has(f));
    if (missing.length) throw new Error(`pipeline step "${step.name}" requires ${missing.join(', ')} before it is assigned`);
    step.assigns.forEach((f) => assigned.add(f));
  }
}

checkOrder(steps);
checkOrder(englishSteps);

export { englishSteps };

const DOC_FIELDS = new Set<string | symbol>(Object.keys(createDoc(
  { source: '', ordinal: 0, title: '', kicker: null, subtitle: null, headlineLines: [], section: null, byline: [], outlets: [], paragraphs: [] },
  { city: null, province: null, year: null, aliases: new Map() },
)));

/**
 * The doc as one step may see it: reading a field of the doc the step neither requires nor assigns,
 * or writing one it does not assign, throws and names the step. `runPipeline(doc, list, { checked:
 * true })` runs every step so, which the tests do; extraction itself runs on the doc as it is.
 */
function declaredView(doc: ArticleDoc, step: Step): ArticleDoc {
  const readable = new Set<string | symbol>([...GIVEN, ...step.requires, ...step.assigns]);
  const writable = new Set<string | symbol>(step.assigns);
  return new Proxy(doc, {
    get(target, field, receiver) {
      if (DOC_FIELDS.has(field) && !readable.has(field)) throw new Error(`pipeline step "${step.name}" reads ${String(field)}, which it does not declare`);
      return Reflect.get(target, field, receiver);
    },
    set(target, field, value, receiver) {
      if (DOC_FIELDS.has(field) && !writable.has(field)) throw new Error(`pipeline step "${step.name}" writes ${String(field)}, which it does not assign`);
      return Reflect.set(target, field, value, receiver);
    },
  });
}

/** When extraction of a page must end: a moment (Date.now() time) and the limit it comes from. */
export interface TimeLimit {
  deadline: number;
  seconds: number;
}

/**
 * Runs the steps of the doc's language, or the given list; `checked` holds each step to what it
 * declares; past `limit`'s deadline, the next step is not begun and the page is an input error.
 */
export function runPipeline(doc: ArticleDoc, list: Step[] = doc.language === 'en' ? englishSteps : steps, options: { checked?: boolean; limit?: TimeLimit } = {}): ArticleDoc {
  for (const step of list) {
    if (options.limit && Date.now() > options.limit.deadline) {
      throw new InputError(`${doc.article.source}: extracting the page took longer than ${options.limit.seconds} s, the limit per page (set NEWSGRAPH_PAGE_TIME_LIMIT_S to change it)`);
    }
    try {
      step.run(options.checked ? declaredView(doc, step) : doc);
    } catch (cause) {
      throw new ExtractionError(`step "${step.name}" failed on article "${doc.article.title}" (${doc.article.source})`, { cause });
    }
  }
  return doc;
}
