// The page of an organisation, place or document: its properties, every relationship grouped by
// type with evidence, the articles that mention it, and its neighbourhood.
import { enc, getJson, type NodeRef, type Ref } from '../api.js';
import { evidence, h, link, list, section, typeBadge } from '../dom.js';
import { graphView } from '../graph-view.js';

interface Entity extends NodeRef {
  aliases: string[];
  properties: Record<string, unknown>;
  links: Array<{ type: string; direction: 'in' | 'out'; other: NodeRef; evidence: string; properties: Record<string, unknown> }>;
  articles: Array<Ref & { title: string; date: string | null }>;
}

const LINK_NAMES: Record<string, string> = {
  'HOLDS_POSITION:in': '任职 People holding posts here',
  'HELD_AT:in': '在此举行 Meetings held here',
  'ORGANIZED_BY:in': '主办 Meetings it organised',
  'VISITED:in': '调研 Visited by',
  'REVIEWED:in': '审议 Reviewed at',
  'LOCATED_IN:out': '位于 Located in',
  'LOCATED_IN:in': '下辖 Contains',
  'SIGNED_WITH:out': '签约 Signed with',
  'SIGNED_WITH:in': '签约 Signed with',
};

export async function entityPage(id: string): Promise<HTMLElement> {
  const e = await getJson<Entity>(`/api/entities/${enc(id)}`);
  const groups = new Map<string, Entity['links']>();
  for (const l of e.links) groups.set(`${l.type}:${l.direction}`, [...(groups.get(`${l.type}:${l.direction}`) ?? []), l]);
  const props = Object.entries(e.properties).map(([k, v]) => `${k}: ${String(v)}`);
  return h(
    'div',
    { class: 'entity', 'data-id': e.id },
    h('h1', {}, e.type === 'Document' ? `《${e.name}》` : e.name, ' ', typeBadge(e.type)),
    h('p', { class: 'meta' }, [...props, e.aliases.length ? `also ${e.aliases.join('、')}` : ''].filter(Boolean).join(' · ')),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        {},
        ...[...groups].map(([key, links]) =>
          section(
            LINK_NAMES[key] ?? key,
            list(
              'links',
              links.map((l) => [link(l.other.id, l.other.name), l.properties.title ? h('span', { class: 'meta' }, ` · ${String(l.properties.title)}`) : null, evidence(l.evidence)]),
            ),
          ),
        ),
        section('Articles', list('articles', e.articles.map((a) => [h('span', { class: 'meta' }, `${a.date ?? ''} `), link(a.id, a.title)]))),
      ),
      graphView(e.id),
    ),
  );
}
