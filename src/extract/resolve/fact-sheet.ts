// Builds the FactSheet of an article (the graph's type, src/graph/fact-sheet.ts) from the spans on
// its ArticleDoc: entities with stable ids, relations with their evidence sentence.
import type { ReporterRole } from '../../ingest/byline.js';
import { mentionAt, type ArticleDoc, type Span, type TitleMention } from '../core/doc.js';
import type { Entity, FactSheet, PropertyValue, Relation, RelationType } from '../../graph/fact-sheet.js';
import { articleId, contentHash, entityId, meetingKey, type EntityType } from '../../graph/ids.js';
import { resolveEnglishTitle } from '../english/titles.js';
import { division } from '../lexicon/divisions.js';
import { meetingHost } from './meeting-host.js';
import { resolveBody, resolveInList, resolveTitle, type Target } from './resolve-body.js';


class SheetBuilder {
  readonly entities = new Map<string, Entity>();
  readonly relations: Relation[] = [];
  /** Relations added, by source and target, then type and title: ids are kept strings whose hash
   * V8 remembers, where one joined key per relation would be a new string to hash each time. */
  private readonly seen = new Map<string, Map<string, Set<string>>>();

  entity(type: EntityType, name: string, key: string, properties: Record<string, PropertyValue> = {}): string {
    const id = entityId(type, key);
    const existing = this.entities.get(id);
    // Callers pass a fresh object each time, so it is kept as it is, not copied.
    if (!existing) this.entities.set(id, { id, type, name, properties });
    // Aliases already kept are sorted and distinct: with none to add there is nothing to merge.
    else if ((properties.aliases as string[] | undefined)?.length) {
      const aliases = new Set([...((existing.properties.aliases as string[]) ?? []), ...((properties.aliases as string[]) ?? [])]);
      if (aliases.size) existing.properties.aliases = [...aliases].sort();
    }
    return id;
  }

  relation(type: RelationType, source: string, target: string, evidence: string, properties: Record<string, PropertyValue> = {}): void {
    let fromSource = this.seen.get(source);
    if (!fromSource) this.seen.set(source, (fromSource = new Map()));
    let kinds = fromSource.get(target);
    if (!kinds) fromSource.set(target, (kinds = new Set()));
    const kind = `${type}|${String(properties.title ?? '')}`;
    if (kinds.has(kind)) return;
    kinds.add(kind);
    this.relations.push({ type, source, target, evidence, properties });
  }
}

/** A person by name; a name the alias file maps (Deng Qunce → 邓群策) is that person, the name kept as an alias. */
function personOf(b: SheetBuilder, aliases: ReadonlyMap<string, string>, name: string): string {
  const canonical = aliases.get(name);
  if (canonical) return b.entity('Person', canonical, canonical, { aliases: [name] });
  return b.entity('Person', name, name, { aliases: [] });
}

function target(b: SheetBuilder, t: Target, source = ''): string {
  const key = t.pageScoped ? `${source}|${t.name}` : t.name;
  if (t.type === 'Place') return b.entity('Place', t.name, key, { level: t.level });
  return b.entity('Organization', t.name, key, { kind: t.kind, aliases: t.alias ? [t.alias] : [] });
}

export function buildFactSheet(doc: ArticleDoc, extractorVersion: string): FactSheet {
  const b = new SheetBuilder();
  const { article } = doc;
  const id = articleId(article.source, article.ordinal);
  const sentence = (i: number) => doc.sentences[i]?.text ?? '';
  const person = (builder: SheetBuilder, name: string) => personOf(builder, doc.context.aliases, name);
  const resolve = (title: string) => (doc.language === 'en' ? resolveEnglishTitle(title, doc.context) : resolveTitle(title, doc.context));

  // 吴先生 names no one the graph can tell apart from every other 吴: a bare surname makes no Person.
  const named = new Set(doc.people.filter((p) => !p.bareSurname).map((p) => p.name));
  // A relation points at a mention; the person is the one its name (or alias) names. A bare surname
  // names a person only when the article also names that person in full.
  const personNamed = (mention: Span): string | null => {
    const m = mentionAt(doc, mention);
    return m && (!m.bareSurname || named.has(m.name)) ? m.name : null;
  };
  // 副主任 printed after 市人大常委会主任甲 in one list is the same body's post (resolveInList).
  const inList = (t: TitleMention, sentenceIndex: number) => {
    if (doc.language === 'en') return null;
    const from = doc.sentences[sentenceIndex]?.start ?? 0;
    const earlier = () => doc.titles.filter((x) => x.end <= t.start && x.start >= from).sort((a, b) => b.start - a.start).map((x) => x.text);
    const stackedOn = doc.titles.find((x) => x.end + 1 === t.start && doc.text[x.end] === '、')?.text ?? null;
    return resolveInList(t.text, earlier, doc.context, stackedOn);
  };
  for (const p of doc.people) {
    if (p.bareSurname) continue;
    const pid = person(b, p.name);
    for (const t of p.titles) {
      const resolved = inList(t, p.sentence) ?? resolve(t.text);
      if (!resolved.target) continue;
      b.relation('HOLDS_POSITION', pid, target(b, resolved.target, article.source), sentence(p.sentence), {
        title: resolved.title,
        role: resolved.role,
        former: resolved.former,
      });
    }
  }
  const placeIds = new Map<string, string>();
  for (const p of doc.places) {
    const id = b.entity('Place', p.name, p.name, { level: p.level, aliases: p.written !== p.name ? [p.written] : [] });
    placeIds.set(p.name, id);
  }
  // 衡山县 lies in 衡阳市 when the article names both: the gazetteer says so.
  for (const p of doc.places) {
    const parent = p.parent ? placeIds.get(p.parent) : undefined;
    if (parent) b.relation('LOCATED_IN', placeIds.get(p.name) as string, parent, sentence(p.sentence));
  }
  for (const body of doc.bodies) {
    const resolved = doc.language === 'en' ? ({ type: 'Organization', name: body.written, alias: null, kind: 'other' } as const) : resolveBody(body.written, doc.context);
    if (resolved) target(b, resolved);
  }
  // 某某日报讯: the outlet that sends the report, an organisation the article names in its credits.
  for (const outlet of doc.outlets) b.entity('Organization', outlet, outlet, { kind: 'media', aliases: [] });
  const bylineText = doc.sentences.find((s) => s.inHeadline && s.text.startsWith('■'))?.text ?? '';
  for (const r of doc.reporters) {
    b.relation('REPORTED', person(b, r.name), id, bylineText, { role: r.role as ReporterRole });
  }
  const meetingIds = doc.meetings.map((m) => {
    const host = meetingHost(m.name, m.organizer, doc.context);
    const key = meetingKey({ heldIn: host.heldIn, name: m.name, date: m.date, source: article.source });
    const mid = b.entity('Meeting', m.name, key, { kind: m.kind, date: m.date, time: m.time, heldBy: host.heldBy, heldIn: host.heldIn });
    b.relation('REPORTS', id, mid, sentence(m.sentence));
    if (m.place) b.relation('HELD_AT', mid, b.entity('Place', m.place, m.place, { level: 'venue' }), sentence(m.sentence));
    const organizer = m.organizer ? resolveBody(m.organizer, doc.context) : null;
    if (organizer) b.relation('ORGANIZED_BY', mid, target(b, organizer), sentence(m.sentence));
    return mid;
  });
  for (const role of doc.roles) {
    const mid = meetingIds[role.meeting];
    const name = personNamed(role.mention);
    if (mid && name) b.relation(role.type, person(b, name), mid, sentence(role.sentence));
  }
  const orderOf = attendanceOrder(doc, meetingIds);
  for (const rel of b.relations) {
    if (rel.type === 'ATTENDED') rel.properties.order = orderOf.get(`${rel.source}|${rel.target}`) ?? null;
  }
  for (const v of doc.visits) {
    // 衡山县 is a division, 湘江集团 a body, anything else a venue.
    const d = division(v.place);
    const body = !d && doc.bodies.some((x) => x.written === v.place) ? resolveBody(v.place, doc.context) : null;
    const where = body ? target(b, body) : b.entity('Place', d?.name ?? v.place, d?.name ?? v.place, { level: d?.level ?? 'venue', aliases: [] });
    const name = personNamed(v.mention);
    if (name) b.relation('VISITED', person(b, name), where, sentence(v.sentence));
  }
  for (const r of doc.reviews) {
    const mid = meetingIds[r.meeting];
    const d = doc.documents[r.document];
    if (mid && d) b.relation('REVIEWED', mid, b.entity('Document', d.title, d.title, { title: d.title }), sentence(r.sentence));
  }
  for (const d of doc.documents) b.entity('Document', d.title, d.title, { title: d.title });

  const mainDate = doc.meetings[doc.mainMeeting]?.date ?? doc.dates.find((d) => d.start >= doc.bodyStart)?.date ?? null;
  return {
    article: {
      id,
      title: article.title,
      subtitle: article.subtitle,
      byline: doc.reporters.map((r) => r.name),
      date: mainDate,
      source: article.source,
      ordinal: article.ordinal,
      contentHash: contentHash(doc.text),
      extractorVersion,
      text: doc.text,
    },
    entities: [...b.entities.values()],
    relations: b.relations,
  };
}

/** Attendees are numbered per meeting in the order the text first lists them, from 1. */
function attendanceOrder(doc: ArticleDoc, meetingIds: readonly string[]): Map<string, number> {
  const order = new Map<string, number>();
  const counters = new Map<number, number>();
  const attended = doc.roles.filter((r) => r.type === 'ATTENDED').sort((a, b) => a.mention.start - b.mention.start);
  for (const r of attended) {
    const name = mentionAt(doc, r.mention)?.name ?? '';
    const key = `${entityId('Person', doc.context.aliases.get(name) ?? name)}|${meetingIds[r.meeting] ?? ''}`;
    if (order.has(key)) continue;
    const next = (counters.get(r.meeting) ?? 0) + 1;
    counters.set(r.meeting, next);
    order.set(key, next);
  }
  return order;
}
