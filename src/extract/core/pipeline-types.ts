// The shape of a pipeline step: what it needs on the ArticleDoc, what it adds, and how.
import type { ArticleDoc } from './doc.js';

export type DocField = keyof ArticleDoc;

export interface Step {
  name: string;
  requires: DocField[];
  assigns: DocField[];
  run(doc: ArticleDoc): void;
}
