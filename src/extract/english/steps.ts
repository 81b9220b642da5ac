// The pipeline for English articles: the same ArticleDoc fields as the Chinese one, read by the
// English recognisers.
import type { Step } from '../core/pipeline-types.js';
import { englishBodiesAndPlaces } from './bodies-places.js';
import { englishContext } from './context.js';
import { englishDocuments } from './documents.js';
import { englishMeetings } from './meetings.js';
import { englishPeople } from './people.js';
import { englishRoles } from './roles.js';
import { englishSentences } from './sentences.js';

export const englishSteps: Step[] = [
  { name: 'en-sentences', requires: ['text'], assigns: ['sentences'], run: englishSentences },
  { name: 'en-people', requires: ['sentences', 'article'], assigns: ['people', 'titles', 'reporters'], run: englishPeople },
  { name: 'en-bodies-places', requires: ['sentences', 'people'], assigns: ['bodies', 'places'], run: englishBodiesAndPlaces },
  { name: 'en-context', requires: ['sentences', 'places', 'context'], assigns: ['context'], run: englishContext },
  { name: 'en-meetings', requires: ['sentences', 'context', 'people'], assigns: ['meetings', 'mainMeeting'], run: englishMeetings },
  { name: 'en-roles', requires: ['sentences', 'people', 'reporters', 'bodyStart', 'meetings', 'mainMeeting'], assigns: ['roles', 'visits', 'meetings', 'mainMeeting'], run: englishRoles },
  { name: 'en-documents', requires: ['sentences', 'mainMeeting'], assigns: ['documents', 'reviews'], run: englishDocuments },
];
