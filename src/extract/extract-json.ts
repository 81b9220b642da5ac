// The `extract --json` contract of design.md: articles with their entities and relations, nothing more.
import type { FactSheet } from '../graph/fact-sheet.js';

export interface ExtractJson {
  articles: Array<{
    id: string;
    title: string;
    byline: string[];
    date: string | null;
    entities: Array<{ id: string; type: string; name: string }>;
    relations: Array<{ type: string; source: string; target: string; evidence: string; properties: Record<string, unknown> }>;
  }>;
}

export function toExtractJson(sheets: FactSheet[]): ExtractJson {
  return {
    articles: sheets.map((s) => ({
      id: s.article.id,
      title: s.article.title,
      byline: s.article.byline,
      date: s.article.date,
      entities: s.entities.map(({ id, type, name }) => ({ id, type, name })),
      relations: s.relations.map(({ type, source, target, evidence, properties }) => ({ type, source, target, evidence, properties })),
    })),
  };
}
