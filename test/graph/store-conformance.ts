// One behaviour suite for every GraphStore: a backend's test file calls testStore with a harness
// that opens the backend on its own data and wipes it. The same FactSheets must give the same
// counts and the same answers on every store; writing them again must be idempotent and leave no
// stale facts. The sheets are fixed fixtures (the seed pages' FactSheets), not extracted here, so a
// change to extraction cannot break a test of the stores.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { parse as readGexf } from 'graphology-gexf';
import { parse as readGraphml } from 'graphology-graphml';
import { parse as csvParse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { entityId } from '../../src/graph/ids.js';
import { tenures } from '../../src/graph/succession.js';
import { applyFactSheet, applyFactSheets } from '../../src/graph/replace-article.js';
import { searchArticles } from '../../src/graph/article-search.js';
import type { FactSheet } from '../../src/graph/model.js';
import type { GraphStore } from '../../src/graph/store.js';
import { heldElsewhere, mayorSheet, renamePerson, seedFactSheets, seedMeetingId, seedPageSheets, withoutYears } from '../helpers/fact-sheets.js';

export interface StoreHarness {
  /** Opens the store on the harness's data, which outlives close(). */
  open(): Promise<GraphStore>;
  /** Wipes the harness's data; called with no store open. */
  reset(): Promise<void>;
}

export const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const PAGE_004 = '004_c75b4f9da4696006.txt';
const DENG = entityId('Person', '邓群策');

const outcomes = async (store: GraphStore, sheets: ReturnType<typeof seedFactSheets>) =>
  (await applyFactSheets(store, sheets)).map((r) => ('outcome' in r ? r.outcome : r.error));

export function testStore(name: string, harness: StoreHarness): void {
  describe(`${name} store conformance`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      await harness.reset();
      store = await harness.open();
      expect(new Set(await outcomes(store, seedFactSheets()))).toEqual(new Set(['new']));
    });

    afterAll(async () => {
      await store?.close();
    });

    it('holds the seed pages’ articles as the expected graph', async () => {
      const stats = await store.stats();
      expect(stats.articles).toBe(20);
      expect(stats.nodes.Person).toBeGreaterThan(30);
      expect(stats.relationships.PRESIDED).toBeGreaterThanOrEqual(9);
      expect(stats.relationships.MENTIONS).toBeGreaterThan(100);
    });

    it('changes nothing when the same FactSheets are written again', async () => {
      const before = await store.stats();
      expect(await outcomes(store, seedFactSheets())).toEqual(Array(20).fill('unchanged'));
      expect(await store.stats()).toEqual(before);
    });

    it('keeps everything across a restart', async () => {
      const before = { stats: await store.stats(), deng: await store.person(DENG), meetings: await store.meetings({ limit: 200, offset: 0 }) };
      await store.close();
      store = await harness.open();
      expect({ stats: await store.stats(), deng: await store.person(DENG), meetings: await store.meetings({ limit: 200, offset: 0 }) }).toEqual(before);
    });

    it('keeps named source roots, one folder per name, across a restart and outside the graph', async () => {
      const before = await store.stats();
      await store.recordSourceRoot({ name: 'hengyang', path: '/papers/hengyang' });
      await store.recordSourceRoot({ name: '衡阳日报', path: '/papers/hy' });
      // The folder moved: the name follows it.
      await store.recordSourceRoot({ name: 'hengyang', path: '/mnt/papers/hengyang' });
      await store.close();
      store = await harness.open();
      expect(await store.sourceRoots()).toEqual([
        { name: 'hengyang', path: '/mnt/papers/hengyang' },
        { name: '衡阳日报', path: '/papers/hy' },
      ]);
      expect(await store.stats()).toEqual(before);
    });

    it('answers which meetings 邓群策 presided over, with date and evidence', async () => {
      const page = await store.personMeetings(DENG, 'presided', 50, 0);
      expect(page?.items.map((m) => [m.name, m.date])).toEqual([
        ['市委常委会扩大会议', '2020-12-25'],
        ['市委全面深化改革委员会第五次会议', '2021-04-22'],
        ['市委常委会扩大会议', '2021-04-22'],
        ['市委常委会会议', '2021-05-27'],
      ]);
      for (const m of page?.items ?? []) expect(m.evidence).toContain('邓群策');
    });

    it('lists the attendees of a meeting in the order the paper gives them', async () => {
      const id = seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22');
      const meeting = await store.meeting(id);
      expect(meeting?.presided.map((p) => p.person.name)).toEqual(['邓群策']);
      expect(meeting?.attendees.map((a) => a.person.name)).toEqual(['赖馨正', '段志刚', '刘泽友', '罗琼', '毛朝晖', '张霞', '胡绪阳', '胡志文', '龚学余', '彭玉明', '杨洪峰', '何恩广', '胡建福']);
      expect(meeting?.attendees.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      expect(meeting?.documents.map((d) => d.title)).toEqual(['衡阳市国有企业改革三年行动实施方案（2020—2022年）']);
      expect(meeting?.articles).toHaveLength(1);
    });

    it('filters meetings by person and date range', async () => {
      const all = await store.meetings({ personId: DENG, limit: 50, offset: 0 });
      const spring = await store.meetings({ personId: DENG, from: '2021-04-01', to: '2021-04-30', limit: 50, offset: 0 });
      expect(all.total).toBeGreaterThan(spring.total);
      expect(spring.items.map((m) => m.date)).toEqual(['2021-04-22', '2021-04-22']);
      const paged = await store.meetings({ personId: DENG, limit: 2, offset: 1 });
      expect(paged.items).toEqual(all.items.slice(1, 3));
    });

    it('lists meetings newest first with order latest, the meetings of unknown year after every dated one', async () => {
      const byDate = await store.meetings({ limit: 200, offset: 0 });
      const latest = await store.meetings({ order: 'latest', limit: 200, offset: 0 });
      const dates = latest.items.map((m) => m.date);
      const hasYear = (d: string | null) => d !== null && !d.startsWith('-');
      const dated = byDate.items.map((m) => m.date).filter(hasYear);
      expect(dates).toEqual([...dated.sort().reverse(), ...byDate.items.map((m) => m.date).filter((d) => !hasYear(d))]);
      expect(new Set(latest.items.map((m) => m.id))).toEqual(new Set(byDate.items.map((m) => m.id)));
      // The same article printed by a paper that gives no year: its meetings come last, oldest first.
      const copy = withoutYears(seedPageSheets(PAGE_004)[0] as FactSheet, 'undated/004.txt');
      await applyFactSheet(store, copy);
      try {
        const mixed = await store.meetings({ order: 'latest', limit: 200, offset: 0 });
        // A meeting whose year is not known is not merged with the one that has its year.
        expect(mixed.total).toBe(latest.total + copy.entities.filter((e) => e.type === 'Meeting').length);
        expect(mixed.items.some((m) => m.date?.startsWith('--'))).toBe(true);
        const unknownFrom = mixed.items.findIndex((m) => !hasYear(m.date));
        expect(mixed.items.slice(0, unknownFrom).every((m) => hasYear(m.date))).toBe(true);
        expect(mixed.items.slice(unknownFrom).every((m) => !hasYear(m.date))).toBe(true);
        expect(mixed.items[0]?.date).toBe(dates[0]);
        const firstPage = await store.meetings({ order: 'latest', limit: 3, offset: 0 });
        expect(firstPage.items).toEqual(mixed.items.slice(0, 3));
        // A person's meetings by date put the days of unknown year after every dated one too.
        const his = (await store.personMeetings(DENG, undefined, 200, 0))?.items.map((m) => m.date) ?? [];
        expect(his.some((d) => d?.startsWith('--'))).toBe(true);
        const known = his.filter(hasYear);
        expect(his).toEqual([...known, ...his.filter((d) => !hasYear(d))]);
        expect(known).toEqual([...known].sort());
      } finally {
        await store.removeArticle(copy.article.id);
        await store.pruneOrphans();
      }
      expect((await store.meetings({ limit: 200, offset: 0 })).items).toEqual(byDate.items);
    });

    it('lists articles by date, oldest or newest first, those of unknown year after every dated one', async () => {
      const copy = withoutYears(seedPageSheets(PAGE_004)[0] as FactSheet, 'undated/004-articles.txt');
      copy.article.date = `--${(seedPageSheets(PAGE_004)[0] as FactSheet).article.date?.slice(5)}`;
      await applyFactSheet(store, copy);
      try {
        const hasYear = (d: string | null) => d !== null && !d.startsWith('-');
        for (const order of ['oldest', 'newest'] as const) {
          const dates = (await store.articles(200, 0, order)).items.map((a) => a.date);
          const dated = dates.filter(hasYear);
          expect(dated).toEqual(order === 'oldest' ? [...dated].sort() : [...dated].sort().reverse());
          expect(dates).toEqual([...dated, ...dates.filter((d) => !hasYear(d))]);
          expect(dates.some((d) => d?.startsWith('--'))).toBe(true);
        }
        const both = async (order: 'oldest' | 'newest') => new Set((await store.articles(200, 0, order)).items.map((a) => a.id));
        expect(await both('newest')).toEqual(await both('oldest'));
        expect((await store.articles(2, 1, 'newest')).items).toEqual((await store.articles(200, 0, 'newest')).items.slice(1, 3));
      } finally {
        await store.removeArticle(copy.article.id);
        await store.pruneOrphans();
      }
      });

    it('keeps two cities’ meetings of one name and day apart, each with its own attendees and who held it', async () => {
      const reform = seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22');
      const zhuzhou = heldElsewhere(seedPageSheets(PAGE_004).find((s) => s.article.title.startsWith('市委全面深化改革委员会')) as FactSheet, 'zhuzhou/004.txt', '株洲市', '中共株洲市委', '曹');
      const other = zhuzhou.entities.find((e) => e.type === 'Meeting' && e.name === '市委全面深化改革委员会第五次会议')!.id;
      expect(other).not.toBe(reform);
      await applyFactSheet(store, zhuzhou);
      try {
        const found = await store.meetings({ from: '2021-04-22', to: '2021-04-22', limit: 50, offset: 0 });
        const twins = found.items.filter((m) => m.name === '市委全面深化改革委员会第五次会议');
        expect(twins.map((m) => [m.id, m.heldIn, m.heldBy]).sort()).toEqual(
          [[reform, '衡阳市', '中共衡阳市委'], [other, '株洲市', '中共株洲市委']].sort(),
        );
        const [here, there] = await Promise.all([store.meeting(reform), store.meeting(other)]);
        expect(here?.attendees.map((a) => a.person.name)).toEqual(['赖馨正', '段志刚', '刘泽友', '罗琼', '毛朝晖', '张霞', '胡绪阳', '胡志文', '龚学余', '彭玉明', '杨洪峰', '何恩广', '胡建福']);
        expect(there?.attendees.map((a) => a.person.name)).toEqual(['曹馨正', '曹志刚', '曹泽友', '曹琼', '曹朝晖', '曹霞', '曹绪阳', '曹志文', '曹学余', '曹玉明', '曹洪峰', '曹恩广', '曹建福']);
        expect(there?.presidedBy.map((p) => p.name)).toEqual(['曹群策']);
        expect(there?.heldBy).toBe('中共株洲市委');
        // Written again, the copy keeps its ids.
        expect(await applyFactSheet(store, zhuzhou)).toBe('unchanged');
      } finally {
        await store.removeArticle(zhuzhou.article.id);
        await store.pruneOrphans();
      }
      expect(await store.meeting(other)).toBeNull();
    });

    it('gives a person’s posts with evidence and meeting counts', async () => {
      const zhu = await store.person(entityId('Person', '朱健'));
      expect(new Set(zhu?.posts.map((p) => `${p.title}→${p.organization.name}`))).toEqual(new Set(['市委副书记→中共衡阳市委', '市长→衡阳市']));
      expect(zhu?.meetingCounts.presided).toBe(3);
      for (const p of zhu?.posts ?? []) expect(p.evidence).toContain('朱健');
    });

    it('finds entities by a Chinese substring of their name or alias', async () => {
      const hits = await store.search('邓群', undefined, 10, 0);
      expect(hits.items[0]).toMatchObject({ id: DENG, type: 'Person', name: '邓群策' });
      const alias = await store.search('市委', undefined, 50, 0);
      expect(alias.items[0]).toMatchObject({ type: 'Organization', name: '中共衡阳市委' });
      expect((await store.search('没有这个名字', undefined, 10, 0)).total).toBe(0);
    });

    it('finds articles by the words of their text, every word, newest first, with each word marked where it stands', async () => {
      const sheets = seedFactSheets();
      const holding = (...words: string[]) =>
        sheets
          .filter((s) => words.every((w) => s.article.text.includes(w) || s.article.title.includes(w)))
          .sort((a, b) => ((a.article.date === null) !== (b.article.date === null) ? (a.article.date === null ? 1 : -1) : a.article.date !== b.article.date ? ((a.article.date ?? '') < (b.article.date ?? '') ? 1 : -1) : a.article.id < b.article.id ? -1 : 1))
          .map((s) => s.article.id);
      const one = await searchArticles(store, '市委常委会', 50, 0);
      expect(one.items.map((a) => a.id)).toEqual(holding('市委常委会'));
      expect(one.total).toBeGreaterThan(1);
      for (const a of one.items) {
        expect(a.snippets.length).toBeGreaterThan(0);
        for (const s of a.snippets) for (const [x, y] of s.marks) expect(s.text.slice(x, y)).toBe('市委常委会');
      }
      const both = await searchArticles(store, '市委常委会 邓群策', 50, 0);
      expect(both.items.map((a) => a.id)).toEqual(holding('市委常委会', '邓群策'));
      const second = await searchArticles(store, '市委常委会', 1, 1);
      expect(second.items.map((a) => a.id)).toEqual(holding('市委常委会').slice(1, 2));
      expect((await searchArticles(store, '没有这个词', 10, 0)).total).toBe(0);
      // A Latin word matches whole and in any case: “UP”模式 is found by up, not by U.
      expect((await searchArticles(store, 'up', 10, 0)).items.map((a) => a.id)).toEqual(holding('UP'));
      expect((await searchArticles(store, 'U', 10, 0)).total).toBe(0);
    });

    it('gives a person’s posts as tenures, with who held the same post before and after', async () => {
      const body = '测试市人民政府';
      const sheet = (n: number, date: string, person: string, former = false) => mayorSheet(n, date, person, body, former);
      const sheets = [
        sheet(1, '2019-01-10', '柏立新'),
        sheet(2, '2019-06-01', '柏立新'),
        sheet(3, '2020-03-01', '戚明远'),
        sheet(4, '2020-09-09', '戚明远'),
        // 原市长戚明远 in a later article: told as held before it, so his tenure does not grow.
        sheet(5, '2021-03-03', '戚明远', true),
        sheet(6, '2021-02-02', '巫振华'),
        // A day of unknown year cannot be put in order.
        sheet(7, '--12-31', '巫振华'),
      ];
      try {
        await applyFactSheets(store, sheets);
        const middle = await tenures(store, entityId('Person', '戚明远'));
        expect(middle?.tenures).toEqual([
          expect.objectContaining({
            title: '市长',
            organization: expect.objectContaining({ name: body }),
            firstSeen: '2020-03-01',
            lastSeen: '2020-09-09',
            former: false,
            articles: 3,
            before: { person: { id: entityId('Person', '柏立新'), name: '柏立新' }, lastSeen: '2019-06-01' },
            after: { person: { id: entityId('Person', '巫振华'), name: '巫振华' }, firstSeen: '2021-02-02' },
          }),
        ]);
        const first = await tenures(store, entityId('Person', '柏立新'));
        expect(first?.tenures[0]).toMatchObject({ firstSeen: '2019-01-10', lastSeen: '2019-06-01', before: null, after: { person: { name: '戚明远' } } });
        const last = await tenures(store, entityId('Person', '巫振华'));
        expect(last?.tenures[0]).toMatchObject({ firstSeen: '2021-02-02', lastSeen: '2021-02-02', before: { person: { name: '戚明远' }, lastSeen: '2020-09-09' }, after: null });
        expect(await tenures(store, entityId('Person', '没有这个人'))).toBeNull();
      } finally {
        for (const s of sheets) await store.removeArticle(s.article.id);
        await store.pruneOrphans();
      }
    });

    it('answers null for ids it does not hold', async () => {
      expect(await store.person('per_0000000000000000')).toBeNull();
      expect(await store.meeting('mtg_0000000000000000')).toBeNull();
      expect(await store.personMeetings('per_0000000000000000', undefined, 10, 0)).toBeNull();
    });

    it('leaves none of an edited article’s old facts when it is written again', async () => {
      const sheets = seedPageSheets(PAGE_004);
      const edited = [sheets[0]!, renamePerson(sheets[1]!, '胡建福', '欧阳明远'), sheets[2]!];
      expect(await outcomes(store, edited)).toEqual(['unchanged', 'changed', 'unchanged']);
      expect(await store.person(entityId('Person', '胡建福'))).toBeNull();
      const meeting = await store.meeting(seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22'));
      expect(meeting?.attendees.at(-1)?.person.name).toBe('欧阳明远');
      expect(meeting?.attendees.at(-1)?.evidence).toContain('欧阳明远');
      expect((await store.search('胡建福', undefined, 10, 0)).total).toBe(0);
    });

    it('removes an article with its facts and the entities only it mentioned', async () => {
      const before = await store.stats();
      const target = seedPageSheets(PAGE_004)[1]!;
      expect(await store.removeArticle(target.article.id)).toBe(true);
      expect(await store.removeArticle(target.article.id)).toBe(false);
      expect(await store.meeting(seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22'))).toBeNull();
      expect(await store.person(entityId('Person', '欧阳明远'))).toBeNull();
      expect((await store.stats()).articles).toBe(before.articles - 1);
      expect(await applyFactSheet(store, target)).toBe('new');
      expect(await store.pruneOrphans()).toBe(0);
    });

    it('removes an article’s every fact and the entities only it mentioned, and leaves what other articles say (issue 17)', async () => {
      const target = seedPageSheets(PAGE_004)[1]!;
      const articleId = target.article.id;
      const ids = [...new Set(target.entities.map((e) => e.id))];
      const before = new Map(await Promise.all(ids.map(async (id) => [id, await store.entity(id)] as const)));
      const shared = ids.filter((id) => (before.get(id)?.articles.length ?? 0) > 1);
      const alone = ids.filter((id) => before.get(id)?.articles.length === 1);
      expect(shared.length).toBeGreaterThan(3);
      expect(alone.length).toBeGreaterThan(1);
      const stats = await store.stats();
      const total = (s: typeof stats) => Object.values(s.relationships).reduce((n, c) => n + c, 0);
      try {
        expect(await store.removeArticle(articleId)).toBe(true);
        for (const id of alone) expect(await store.entity(id), id).toBeNull();
        for (const id of shared) {
          const was = before.get(id)!;
          const now = await store.entity(id);
          expect(now?.links, id).toEqual(was.links.filter((l) => l.articleId !== articleId));
          expect(now?.articles, id).toEqual(was.articles.filter((a) => a.id !== articleId));
        }
        expect(total(await store.stats())).toBe(total(stats) - target.relations.length - ids.length);
        expect(await store.pruneOrphans()).toBe(0);
      } finally {
        await store.removeArticle(articleId);
        expect(await applyFactSheet(store, target)).toBe('new');
      }
      expect(await store.stats()).toEqual({ ...stats, lastIngest: (await store.stats()).lastIngest });
    });

    it("gives the newest article's ingest time as lastIngest, and the one before once that article is removed", async () => {
      const target = seedPageSheets(PAGE_004)[1]!;
      expect(await store.removeArticle(target.article.id)).toBe(true);
      const others = (await store.stats()).lastIngest as string;
      const newest = new Date(Date.parse(others) + 60_000).toISOString();
      try {
        await store.replaceArticle({ ...target, article: { ...target.article, ingestedAt: newest } });
        expect((await store.stats()).lastIngest).toBe(newest);
        expect(await store.removeArticle(target.article.id)).toBe(true);
        expect((await store.stats()).lastIngest).toBe(others);
      } finally {
        await store.removeArticle(target.article.id);
        expect(await applyFactSheet(store, target)).toBe('new');
      }
    });

    it('rejects an invalid FactSheet and stays as it was', async () => {
      const before = await store.stats();
      const sheet = seedFactSheets()[0]!;
      const broken = { ...sheet, article: { ...sheet.article, contentHash: 'edited' }, relations: [...sheet.relations, { type: 'PRESIDED' as const, source: 'per_0000000000000000', target: sheet.article.id, evidence: '', properties: {} }] };
      await expect(applyFactSheet(store, broken)).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      expect(await store.stats()).toEqual(before);
    });

    describe('through the HTTP API', () => {
      let server: RunningServer;
      beforeAll(async () => {
        server = await listen(createApp({ store, config: loadConfig({}) }), 0, '127.0.0.1');
      });
      afterAll(async () => {
        await server?.close();
      });
      const get = async (path: string) => {
        const res = await fetch(`${server.url}${path}`);
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };

      it('answers /api/health', async () => {
        expect(await get('/api/health')).toEqual({ status: 200, body: { status: 'ok', store: store.kind, articles: 20 } });
      });

      it('lists the meetings 邓群策 presided over by his id and by his name', async () => {
        const byId = await get(`/api/people/${DENG}/meetings?role=presided`);
        const byName = await get(`/api/people/${encodeURIComponent('邓群策')}/meetings?role=presided`);
        expect(byId.status).toBe(200);
        expect(byName).toEqual(byId);
        expect((byId.body.items as Array<{ name: string }>).map((m) => m.name)).toHaveLength(4);
      });

      it('gives a meeting with its attendees in order', async () => {
        const id = seedMeetingId('全市创文创卫工作调度会', '2020-07-01');
        const { status, body } = await get(`/api/meetings/${id}`);
        expect(status).toBe(200);
        expect((body.presided as Array<{ person: { name: string } }>).map((p) => p.person.name)).toEqual(['廖健']);
        expect((body.attendees as Array<{ person: { name: string } }>)[0]?.person.name).toBe('邓群策');
      });

      it('filters /api/meetings by person and dates', async () => {
        const { body } = await get(`/api/meetings?person=${DENG}&from=2021-01-01&to=2021-12-31`);
        expect((body.items as Array<{ date: string }>).every((m) => m.date.startsWith('2021'))).toBe(true);
      });

      it('answers /api/export as a file of its format, the same when asked again (from the cache)', async () => {
        for (let i = 0; i < 2; i++) {
          const res = await fetch(`${server.url}/api/export?format=csv&table=attendance`);
          expect(res.status).toBe(200);
          expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
          expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?newsgraph-attendance\.csv"?$/);
          const text = await res.text();
          expect(text.split('\r\n')[0]).toBe('meeting_id,meeting,date,person_id,person,role,order,article_id,evidence');
          expect(text).toContain(',邓群策,presided,');
        }
        const gexf = await fetch(`${server.url}/api/export?format=gexf`);
        expect(gexf.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
        const gexfText = await gexf.text();
        expect(gexfText).toMatch(/^<\?xml[^>]*>\s*<gexf /);
        // Read back as Gephi would: every node of the JSON export, by its id.
        const json = (await (await fetch(`${server.url}/api/export?format=json`)).json()) as { nodes: Array<{ id: string }> };
        expect(readGexf(MultiDirectedGraph, gexfText).nodes().sort()).toEqual(json.nodes.map((n) => n.id).sort());
        expect((await get('/api/export?format=xlsx')).status).toBe(400);
      });

      it('answers /api/export in every format with the same graph: json, jsonl, graphml, and the co-attendance matrix', async () => {
        const file = async (query: string, type: RegExp, name: RegExp) => {
          const res = await fetch(`${server.url}/api/export?${query}`);
          expect(res.status, query).toBe(200);
          expect(res.headers.get('content-type'), query).toMatch(type);
          expect(res.headers.get('content-disposition'), query).toMatch(name);
          return res.text();
        };
        const json = JSON.parse(await file('format=json', /^application\/json/, /filename="?newsgraph\.json"?$/)) as { nodes: Array<{ id: string }>; relationships: unknown[] };
        expect(json.nodes.length).toBeGreaterThan(50);
        // JSON Lines: one document a line, the nodes then the relationships, the same as the JSON file.
        const lines = (await file('format=jsonl', /^application\/jsonl/, /filename="?newsgraph\.jsonl"?$/)).trimEnd().split('\n').map((l) => JSON.parse(l) as { kind: string; id?: string });
        expect(lines.filter((l) => l.kind === 'node').map((l) => l.id)).toEqual(json.nodes.map((n) => n.id));
        expect(lines.filter((l) => l.kind === 'relationship')).toHaveLength(json.relationships.length);
        // GraphML, read back as a graph tool would: every node by the same id, every relationship.
        const graphml = await file('format=graphml', /^application\/graphml\+xml/, /filename="?newsgraph\.graphml"?$/);
        const read = readGraphml(MultiDirectedGraph, graphml);
        expect(read.nodes().sort()).toEqual(json.nodes.map((n) => n.id).sort());
        expect(read.size).toBe(json.relationships.length);
        // The co-attendance matrix: 邓群策's row gives, for each person, the meetings the API says they
        // shared with him, and 0 for everyone else.
        const matrix = csvParse(await file('format=csv&table=co-attendance', /^text\/csv/, /filename="?newsgraph-co-attendance\.csv"?$/)) as string[][];
        const [header, ...rows] = matrix as [string[], ...string[][]];
        expect(header.slice(0, 2)).toEqual(['person_id', 'person']);
        const row = rows.find((r) => r[0] === DENG)!;
        const co = (await get(`/api/people/${DENG}/co-attendees?limit=200`)).body as { items: Array<{ person: { id: string; name: string }; count: number }> };
        expect(co.items.length).toBeGreaterThan(3);
        const shared = new Map(co.items.map((c) => [c.person.id, c.count]));
        // Column k + 2 is the person of row k.
        rows.forEach((r, k) => {
          expect(header[k + 2], r[0]).toBe(r[1]);
          if (r[0] !== DENG) expect(Number(row[k + 2]), r[1]).toBe(shared.get(r[0] as string) ?? 0);
        });
      });

      type Item = { id: string; name: string; type?: string; articles?: number };

      it('answers /api/stats with counts per label and type and the time of the last ingest', async () => {
        const { status, body } = await get('/api/stats');
        expect(status).toBe(200);
        expect(body).toMatchObject({ store: store.kind, articles: 20 });
        expect((body.nodes as Record<string, number>).Meeting).toBeGreaterThan(10);
        expect(Date.parse(String(body.lastIngest))).toBeGreaterThan(Date.parse('2026-01-01'));
      });

      it('lists every entity type by name and by how many articles mention it', async () => {
        for (const [path, label] of [['/api/people', 'Person'], ['/api/organizations', 'Organization'], ['/api/places', 'Place'], ['/api/documents', 'Document']]) {
          const byName = await get(`${path}?limit=200`);
          const items = byName.body.items as Item[];
          expect(items.length, path).toBeGreaterThan(3);
          expect(items.every((e) => e.type === label)).toBe(true);
          expect(items.map((e) => e.name)).toEqual(items.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
          const byArticles = (await get(`${path}?sort=articles&limit=200`)).body.items as Item[];
          const counts = byArticles.map((e) => e.articles as number);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
          expect(new Set(byArticles.map((e) => e.id))).toEqual(new Set(items.map((e) => e.id)));
        }
        const page = await get('/api/people?limit=5&offset=5');
        expect((page.body.items as Item[]).length).toBe(5);
        expect(page.body).toMatchObject({ limit: 5, offset: 5 });
      });

      it('gives an organisation with the posts held in it and its evidence, and 404 for an id of another type', async () => {
        const org = entityId('Organization', '中共衡阳市委');
        const { status, body } = await get(`/api/organizations/${org}`);
        expect(status).toBe(200);
        const posts = (body.links as Array<{ type: string; direction: string; other: Item; evidence: string; properties: { title?: string } }>).filter((l) => l.type === 'HOLDS_POSITION');
        const deng = posts.find((l) => l.other.id === DENG);
        expect(deng).toMatchObject({ direction: 'in', properties: { title: '市委书记' } });
        expect(deng?.evidence).toContain('邓群策');
        expect((await get(`/api/organizations/${DENG}`)).status).toBe(404);
        expect((await get(`/api/entities/${DENG}`)).body.name).toBe('邓群策');
        expect((await get(`/api/places/plc_0000000000000000`)).status).toBe(404);
      });

      it('gives a place and a document with what links to them', async () => {
        const places = (await get('/api/places?sort=articles&limit=1')).body.items as Item[];
        const place = await get(`/api/places/${places[0]!.id}`);
        expect(place.status).toBe(200);
        expect((place.body.articles as unknown[]).length).toBe(places[0]!.articles);
        const docs = (await get('/api/documents?limit=200')).body.items as Item[];
        const reviewed = [];
        for (const d of docs) reviewed.push(...((await get(`/api/documents/${d.id}`)).body.links as Array<{ type: string }>).filter((l) => l.type === 'REVIEWED'));
        expect(reviewed.length).toBeGreaterThan(0);
      });

      it('gives an article with its text and the spans of its entities', async () => {
        const list = await get('/api/articles?limit=200');
        expect(list.body.total).toBe(20);
        const withMeetings = [];
        for (const a of list.body.items as Item[]) {
          const { body } = await get(`/api/articles/${a.id}`);
          const text = body.text as string;
          const names = new Map((body.entities as Array<Item & { aliases: string[] }>).map((e) => [e.id, [e.name, ...e.aliases]]));
          for (const span of body.spans as Array<{ start: number; end: number; id: string }>) {
            expect(names.get(span.id)).toContain(text.slice(span.start, span.end));
          }
          if ((body.meetings as unknown[]).length) withMeetings.push(a.id);
        }
        expect(withMeetings.length).toBeGreaterThan(5);
        expect((await get('/api/articles/art_0000000000000000')).status).toBe(404);
      });

      it('gives 邓群策’s timeline by date with his posts and the meetings he presided over', async () => {
        const { body } = await get(`/api/people/${encodeURIComponent('邓群策')}/timeline?limit=200`);
        type Entry = { kind: string; date: string | null; role?: string };
        const page = body.entries as { items: Entry[]; total: number; limit: number; offset: number };
        const entries = page.items;
        expect(page.total).toBe(entries.length);
        const dates = entries.map((e) => e.date ?? '9999');
        expect(dates).toEqual([...dates].sort());
        expect(entries.filter((e) => e.kind === 'meeting' && e.role === 'presided')).toHaveLength(4);
        expect(entries.some((e) => e.kind === 'post')).toBe(true);
        // Pages of two, walked to the end, give the same entries in the same order.
        const walked: Entry[] = [];
        for (let offset = 0; offset < page.total; offset += 2) {
          const next = (await get(`/api/people/${encodeURIComponent('邓群策')}/timeline?limit=2&offset=${offset}`)).body.entries as { items: Entry[]; total: number };
          expect(next.total).toBe(page.total);
          walked.push(...next.items);
        }
        expect(walked).toEqual(entries);
      });

      it("pages a person's posts and articles, each with its total", async () => {
        const whole = (await get(`/api/people/${DENG}?limit=200`)).body as { posts: { items: unknown[]; total: number }; articles: { items: unknown[]; total: number } };
        expect(whole.articles.total).toBe(whole.articles.items.length);
        expect(whole.articles.total).toBeGreaterThan(2);
        const second = (await get(`/api/people/${DENG}?limit=1&offset=1`)).body as typeof whole;
        expect(second.articles).toEqual({ items: [whole.articles.items[1]], total: whole.articles.total, limit: 1, offset: 1 });
        expect(second.posts.total).toBe(whole.posts.total);
        expect(second.posts.items).toEqual(whole.posts.items.slice(1, 2));
      });

      it('gives who meets with whom, most shared meetings first', async () => {
        const { body } = await get(`/api/people/${DENG}/co-attendees?limit=200`);
        const rows = body.items as Array<{ person: Item; count: number; meetings: Item[] }>;
        expect(rows.length).toBeGreaterThan(5);
        for (const r of rows) expect(r.meetings).toHaveLength(r.count);
        expect(rows.map((r) => r.count)).toEqual(rows.map((r) => r.count).sort((a, b) => b - a));
        const mine = new Set(((await get(`/api/people/${DENG}/meetings?limit=200`)).body.items as Item[]).map((m) => m.id));
        for (const r of rows) for (const m of r.meetings) expect(mine.has(m.id)).toBe(true);
        expect((await get('/api/people/per_0000000000000000/co-attendees')).status).toBe(404);
      });

      it('draws the neighbourhood of a node: his meetings at depth 1, their attendees at depth 2, capped', async () => {
        const one = await get(`/api/graph/neighbourhood/${DENG}?depth=1&limit=200`);
        const nodes = one.body.nodes as Array<Item & { depth: number }>;
        expect(nodes[0]).toMatchObject({ id: DENG, depth: 0 });
        const presidedItems = (await get(`/api/people/${DENG}/meetings?role=presided`)).body.items as Array<Item & { date: string }>;
        const presided = presidedItems.map((m) => m.id);
        for (const m of presided) expect(nodes.map((n) => n.id)).toContain(m);
        // Each meeting carries its date, so two of one name are told apart; other nodes none.
        for (const m of presidedItems) expect(nodes.find((n) => n.id === m.id)).toMatchObject({ type: 'Meeting', date: m.date });
        expect(nodes[0]).toMatchObject({ date: null });
        const edges = one.body.edges as Array<{ source: string; type: string; target: string }>;
        for (const m of presided) expect(edges).toContainEqual(expect.objectContaining({ source: DENG, type: 'PRESIDED', target: m }));
        const ids = new Set(nodes.map((n) => n.id));
        for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
        const two = await get(`/api/graph/neighbourhood/${DENG}?depth=2&limit=200`);
        const zhu = entityId('Person', '朱健');
        expect((two.body.nodes as Array<Item & { depth: number }>).find((n) => n.id === zhu)?.depth).toBe(2);
        const capped = await get(`/api/graph/neighbourhood/${DENG}?depth=2&limit=5`);
        expect(capped.body.nodes as unknown[]).toHaveLength(5);
        expect(capped.body.truncated).toBe(true);
        expect((await get('/api/graph/neighbourhood/per_0000000000000000')).status).toBe(404);
        expect((await get(`/api/graph/neighbourhood/${DENG}?depth=3`)).body).toMatchObject({ error: { field: 'depth' } });
      });

      it('finds the shortest path between two people through a meeting they shared', async () => {
        const zhu = entityId('Person', '朱健');
        const { body } = await get(`/api/graph/path?from=${DENG}&to=${zhu}`);
        expect(body).toMatchObject({ found: true, length: 2 });
        const nodes = body.nodes as Item[];
        expect([nodes[0]?.id, nodes[2]?.id]).toEqual([DENG, zhu]);
        expect(['Meeting', 'Organization', 'Place']).toContain(nodes[1]?.type);
        expect((body.edges as unknown[]).length).toBeGreaterThanOrEqual(2);
        expect((await get(`/api/graph/path?from=${DENG}&to=${DENG}`)).body).toMatchObject({ found: true, length: 0 });
        expect((await get(`/api/graph/path?from=${DENG}&to=per_0000000000000000`)).status).toBe(404);
        expect((await get(`/api/graph/path?from=${DENG}`)).body).toMatchObject({ error: { field: 'to' } });
      });

      it('ranks people by PageRank, degree and betweenness, and groups them in communities', async () => {
        for (const measure of ['pagerank', 'degree', 'betweenness']) {
          const { status, body } = await get(`/api/analytics/centrality?measure=${measure}&limit=200`);
          expect(status).toBe(200);
          const scores = (body.items as Array<{ score: number; type: string }>).map((i) => i.score);
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
          expect((body.items as Array<{ type: string }>).every((i) => i.type === 'Person')).toBe(true);
        }
        const degree = (await get('/api/analytics/centrality?measure=degree&limit=200')).body.items as Array<Item & { links: number }>;
        const deng = degree.find((d) => d.id === DENG);
        const person = (await get(`/api/people/${DENG}`)).body as { meetingCounts: Record<string, number> };
        expect(deng?.links).toBeGreaterThanOrEqual(person.meetingCounts.presided as number);
        const communities = (await get('/api/analytics/communities?limit=200')).body as { items: Array<{ people: Item[] }>; modularity: number };
        const everyone = communities.items.flatMap((c) => c.people.map((p) => p.id));
        expect(new Set(everyone).size).toBe(everyone.length);
        expect(new Set(everyone)).toEqual(new Set(degree.map((d) => d.id)));
        expect(communities.modularity).toBeGreaterThan(0);
      });

      it('filters /api/search by type', async () => {
        const all = (await get(`/api/search?q=${encodeURIComponent('市')}&limit=200`)).body.items as Item[];
        const orgs = (await get(`/api/search?q=${encodeURIComponent('市')}&type=Organization&limit=200`)).body.items as Item[];
        expect(orgs.length).toBeGreaterThan(0);
        expect(orgs.every((o) => o.type === 'Organization')).toBe(true);
        expect(orgs.map((o) => o.id)).toEqual(all.filter((o) => o.type === 'Organization').map((o) => o.id));
      });

      const INJECTIONS = [
        "' OR 1=1 //",
        '"}) MATCH (n) DETACH DELETE n //',
        "x'}) DETACH DELETE n RETURN 1 //",
        '$id',
        '`Person`',
        '\\u0000',
        '../../etc/passwd',
        '<script>alert(1)</script>',
        '邓群策\'; MATCH (n) DELETE n; //',
        '%00%27',
        '{"$gt": ""}',
      ];

      /** Every GET route with every parameter slot filled by `value` (ids, names and query values). */
      async function getRoutes(): Promise<string[]> {
        const doc = (await get('/api/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>> };
        return Object.entries(doc.paths).flatMap(([path, ops]) => (ops.get ? [path] : []));
      }
      function urlsFor(path: string, params: Array<{ name: string; in: string }>, value: string): string[] {
        const v = encodeURIComponent(value);
        const base = path.replace(/\{[^}]+\}/g, v);
        const query = params.filter((p) => p.in === 'query').map((p) => p.name);
        return [base, ...query.map((q) => `${base}?${q}=${v}`), `${base}?${query.map((q) => `${q}=${v}`).join('&')}`];
      }

      it('passes injection strings through every route parameter as values: no 5xx and nothing changes', async () => {
        const before = await store.stats();
        const doc = (await get('/api/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>> };
        const urls = (await getRoutes()).flatMap((path) => INJECTIONS.flatMap((value) => urlsFor(path, doc.paths[path]?.get?.parameters ?? [], value)));
        expect(urls.length).toBeGreaterThan(200);
        // A few requests at a time, as clients send them: the store answers each on its own.
        const statuses = new Map<string, number>();
        const next = urls.entries();
        await Promise.all(
          Array.from({ length: 6 }, async () => {
            for (const [, url] of next) {
              const res = await fetch(`${server.url}${url}`);
              await res.arrayBuffer();
              statuses.set(url, res.status);
            }
          }),
        );
        for (const url of urls) expect(statuses.get(url), url).toBeLessThan(500);
        expect(await store.stats()).toEqual(before);
        expect((await get(`/api/search?q=${encodeURIComponent("' OR 1=1 //")}`)).body).toMatchObject({ total: 0 });
      });

      it('never answers 5xx nor hangs for any value in any parameter (property-based)', async () => {
        const doc = (await get('/api/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>> };
        const routes = await getRoutes();
        const before = await store.stats();
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...routes), fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 40 }), fc.integer().map(String), fc.constantFrom('', '-1', '1e9', 'NaN', '0x10')), async (path, value) => {
            const urls = urlsFor(path, doc.paths[path]?.get?.parameters ?? [], value);
            for (const url of urls) {
              const res = await fetch(`${server.url}${url}`, { signal: AbortSignal.timeout(5000) });
              await res.arrayBuffer();
              if (res.status >= 500) return false;
            }
            return true;
          }),
          { numRuns: 60, seed: 20260528 },
        );
        expect(await store.stats()).toEqual(before);
      });

      it('answers /api/search and /api/people/:id', async () => {
        const search = await get(`/api/search?q=${encodeURIComponent('朱健')}`);
        expect((search.body.items as Array<{ name: string }>)[0]?.name).toBe('朱健');
        const person = await get(`/api/people/${encodeURIComponent('朱健')}`);
        expect(person.body.name).toBe('朱健');
      });
    });
  });
}
