// The `extract --json` contract of design.md: articles with their entities and relations, nothing more.
// A meeting adds what makes it one meeting: its date, and the body (heldBy) and division (heldIn) holding it.
import type { Entity, FactSheet } from '../graph/fact-sheet.js';

type JsonEntity = { id: string; type: string; name: string; date?: string | null; heldBy?: string | null; heldIn?: string | null };

function entityJson({ id, type, name, properties: p }: Entity): JsonEntity {
  if (type !== 'Meeting') return { id, type, name };
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { id, type, name, date: text(p.date), heldBy: text(p.heldBy), heldIn: text(p.heldIn) };
}

export interface ExtractJson {
  articles: Array<{
    id: string;
    title: string;
    byline: string[];
    date: string | null;
    entities: JsonEntity[];
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
      entities: s.entities.map(entityJson),
      relations: s.relations.map(({ type, source, target, evidence, properties }) => ({ type, source, target, evidence, properties })),
    })),
  };
}
