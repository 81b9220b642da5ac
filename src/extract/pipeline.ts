// The extraction pipeline is a list: each step names what it needs on the ArticleDoc and what it
// adds, the runner checks the order once and names the step and article in any error.
import { ExtractionError } from '../errors.js';
import { dates } from './dates.js';
import { englishSteps } from './english/steps.js';
import type { ArticleDoc } from './doc.js';
import { documents, reviews } from './documents.js';
import { meetings } from './meetings.js';
import { organizations } from './organizations.js';
import { people } from './people.js';
import { places } from './places.js';
import { reporters } from './reporters.js';
import { participation } from './events/participation.js';
import { sentences } from './sentences.js';
import { tokens } from './tokens.js';
import { visits } from './visits.js';

import type { DocField, Step } from './pipeline-types.js';

export type { Step } from './pipeline-types.js';

export const steps: Step[] = [
  { name: 'sentences', requires: ['text'], assigns: ['sentences'], run: sentences },
  { name: 'tokens', requires: ['sentences'], assigns: ['tokens'], run: tokens },
  { name: 'reporters', requires: ['article'], assigns: ['reporters'], run: reporters },
  { name: 'dates', requires: ['sentences', 'context'], assigns: ['dates'], run: dates },
  { name: 'organizations', requires: ['sentences', 'tokens'], assigns: ['bodies'], run: organizations },
  { name: 'people', requires: ['sentences', 'tokens', 'reporters', 'bodies'], assigns: ['people', 'titles'], run: (doc) => people(doc) },
  { name: 'documents', requires: ['sentences'], assigns: ['documents'], run: documents },
  { name: 'places', requires: ['sentences', 'bodies'], assigns: ['places'], run: places },
  { name: 'meetings', requires: ['sentences', 'dates', 'people'], assigns: ['meetings', 'mainMeeting'], run: meetings },
  { name: 'roles', requires: ['people', 'meetings', 'mainMeeting'], assigns: ['roles', 'meetings', 'mainMeeting'], run: participation },
  { name: 'visits', requires: ['people', 'places', 'context'], assigns: ['visits'], run: visits },
  { name: 'reviews', requires: ['documents', 'meetings'], assigns: ['reviews'], run: reviews },
];

const GIVEN: DocField[] = ['article', 'text', 'bodyStart', 'context', 'language'];

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

/** Runs the steps of the doc's language, or the given list. */
export function runPipeline(doc: ArticleDoc, list: Step[] = doc.language === 'en' ? englishSteps : steps): ArticleDoc {
  for (const step of list) {
    try {
      step.run(doc);
    } catch (cause) {
      throw new ExtractionError(`step "${step.name}" failed on article "${doc.article.title}" (${doc.article.source})`, { cause });
    }
  }
  return doc;
}
