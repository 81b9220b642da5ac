// One behaviour suite for every GraphStore: a backend's test file calls testStore with a harness
// that opens the backend on its own data and wipes it. The same ingest must give the same counts
// and the same answers on every store; re-ingest must be idempotent and leave no stale facts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { entityId } from '../../src/extract/ids.js';
import { ingestPaths } from '../../src/graph/ingest-run.js';
import { applyFactSheet } from '../../src/graph/replace-article.js';
import type { GraphStore } from '../../src/graph/store.js';
import { normalizeText } from '../../src/ingest/normalize.js';

export interface StoreHarness {
  /** Opens the store on the harness's data, which outlives close(). */
  open(): Promise<GraphStore>;
  /** Wipes the harness's data; called with no store open. */
  reset(): Promise<void>;
}

export const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const PAGE_004 = '004_c75b4f9da4696006.txt';
const DENG = entityId('Person', '邓群策');

export function testStore(name: string, harness: StoreHarness): void {
  describe(`${name} store conformance`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      await harness.reset();
      store = await harness.open();
      await ingestPaths(store, [SEEDS]);
    });

    afterAll(async () => {
      await store?.close();
    });

    it('ingests the seeds into the expected graph', async () => {
      const stats = await store.stats();
      expect(stats.articles).toBe(20);
      expect(stats.nodes.Person).toBeGreaterThan(30);
      expect(stats.relationships.PRESIDED).toBeGreaterThanOrEqual(9);
      expect(stats.relationships.MENTIONS).toBeGreaterThan(100);
    });

    it('changes nothing when the same pages are ingested again', async () => {
      const before = await store.stats();
      const summary = await ingestPaths(store, [SEEDS]);
      expect(summary.articles).toEqual({ new: 0, changed: 0, unchanged: 20, failed: 0 });
      expect(await store.stats()).toEqual(before);
    });

    it('keeps everything across a restart', async () => {
      const before = { stats: await store.stats(), deng: await store.person(DENG), meetings: await store.meetings({ limit: 200, offset: 0 }) };
      await store.close();
      store = await harness.open();
      expect({ stats: await store.stats(), deng: await store.person(DENG), meetings: await store.meetings({ limit: 200, offset: 0 }) }).toEqual(before);
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
      const id = entityId('Meeting', '市委全面深化改革委员会第五次会议|2021-04-22');
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

    it('gives a person’s posts with evidence and meeting counts', async () => {
      const zhu = await store.person(entityId('Person', '朱健'));
      expect(new Set(zhu?.posts.map((p) => `${p.title}→${p.organization.name}`))).toEqual(new Set(['市委副书记→中共衡阳市委', '市长→衡阳市']));
      expect(zhu?.meetingCounts.presided).toBe(3);
      for (const p of zhu?.posts ?? []) expect(p.evidence).toContain('朱健');
    });

    it('finds entities by a Chinese substring of their name or alias', async () => {
      const hits = await store.search('邓群', 10, 0);
      expect(hits.items[0]).toMatchObject({ id: DENG, type: 'Person', name: '邓群策' });
      const alias = await store.search('市委', 50, 0);
      expect(alias.items[0]).toMatchObject({ type: 'Organization', name: '中共衡阳市委' });
      expect((await store.search('没有这个名字', 10, 0)).total).toBe(0);
    });

    it('answers null for ids it does not hold', async () => {
      expect(await store.person('per_0000000000000000')).toBeNull();
      expect(await store.meeting('mtg_0000000000000000')).toBeNull();
      expect(await store.personMeetings('per_0000000000000000', undefined, 10, 0)).toBeNull();
    });

    it('leaves none of an edited article’s old facts when it is ingested again', async () => {
      const text = normalizeText(readFileSync(`${SEEDS}/${PAGE_004}`, 'utf8')).replace('何恩广、胡建福出席', '何恩广、欧阳明远出席');
      const sheets = extractPage({ source: `seeds/${PAGE_004}`, text });
      const outcomes = [];
      for (const sheet of sheets) outcomes.push(await applyFactSheet(store, sheet));
      expect(outcomes).toEqual(['unchanged', 'changed', 'unchanged']);
      expect(await store.person(entityId('Person', '胡建福'))).toBeNull();
      const meeting = await store.meeting(entityId('Meeting', '市委全面深化改革委员会第五次会议|2021-04-22'));
      expect(meeting?.attendees.at(-1)?.person.name).toBe('欧阳明远');
      expect((await store.search('胡建福', 10, 0)).total).toBe(0);
    });

    it('removes an article with its facts and the entities only it mentioned', async () => {
      const sources = await store.articleSources();
      const edited = sources.find((s) => s.source === `seeds/${PAGE_004}` && s.contentHash)!;
      const before = await store.stats();
      const sheets = extractPage({ source: `seeds/${PAGE_004}`, text: normalizeText(readFileSync(`${SEEDS}/${PAGE_004}`, 'utf8')) });
      const target = sheets[1]!;
      expect(await store.removeArticle(target.article.id)).toBe(true);
      expect(await store.removeArticle(target.article.id)).toBe(false);
      expect(await store.meeting(entityId('Meeting', '市委全面深化改革委员会第五次会议|2021-04-22'))).toBeNull();
      expect(await store.person(entityId('Person', '欧阳明远'))).toBeNull();
      expect((await store.stats()).articles).toBe(before.articles - 1);
      expect(edited).toBeDefined();
      expect(await applyFactSheet(store, target)).toBe('new');
      expect(await store.pruneOrphans()).toBe(0);
    });

    it('rejects an invalid FactSheet and stays as it was', async () => {
      const before = await store.stats();
      const [sheet] = extractPage({ source: 'x.txt', text: '标题\n\n■本报记者 张三\n\n本报讯 5月1日，市长王强主持召开市政府常务会议。' });
      const broken = { ...sheet!, relations: [...sheet!.relations, { type: 'PRESIDED' as const, source: 'per_0000000000000000', target: sheet!.article.id, evidence: '', properties: {} }] };
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
        const id = entityId('Meeting', '全市创文创卫工作调度会|2020-07-01');
        const { status, body } = await get(`/api/meetings/${id}`);
        expect(status).toBe(200);
        expect((body.presided as Array<{ person: { name: string } }>).map((p) => p.person.name)).toEqual(['廖健']);
        expect((body.attendees as Array<{ person: { name: string } }>)[0]?.person.name).toBe('邓群策');
      });

      it('filters /api/meetings by person and dates', async () => {
        const { body } = await get(`/api/meetings?person=${DENG}&from=2021-01-01&to=2021-12-31`);
        expect((body.items as Array<{ date: string }>).every((m) => m.date.startsWith('2021'))).toBe(true);
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
