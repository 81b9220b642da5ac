// newsgraph query <name> …: runs a named query on the store and prints its JSON answer, the same
// answer the API gives.
import { Command } from 'commander';
import { MAX_OFFSET, personIdOf } from '../../api/params.js';
import { loadConfig } from '../../config.js';
import { BadRequestError, NotFoundError, orNotFound } from '../../errors.js';
import { openStore } from '../../graph/open-store.js';
import type { GraphStore } from '../../graph/store.js';
import { ENTITY_LABELS, type EntityLabel, type MeetingRole } from '../../graph/model.js';
import { entitySpans } from '../../graph/article-spans.js';
import { CENTRALITY_MEASURES, centrality } from '../../graph/analytics/centrality.js';
import { communities } from '../../graph/analytics/communities.js';
import { participationGraph } from '../../graph/analytics/participation-graph.js';
import { personPage } from '../../graph/person-page.js';
import { timeline } from '../../graph/timeline.js';
import { noticeTo, type CliContext } from '../context.js';

type Opts = { person?: string; role?: string; type?: string; depth?: string; measure?: string; from?: string; to?: string; limit?: string; offset?: string; dataDir?: string };

function role(value: string | undefined): MeetingRole | undefined {
  if (value === undefined) return undefined;
  if (value === 'presided' || value === 'attended' || value === 'spoke') return value;
  throw new BadRequestError('role', `--role must be presided, attended or spoke, got "${value}"`);
}

function label(value: string | undefined): EntityLabel | undefined {
  if (value === undefined) return undefined;
  const found = ENTITY_LABELS.find((l) => l === value);
  if (!found) throw new BadRequestError('type', `--type must be one of ${ENTITY_LABELS.join(', ')}, got "${value}"`);
  return found;
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_OFFSET) throw new BadRequestError(name, `--${name} must be a whole number up to ${MAX_OFFSET}, got "${value}"`);
  return n;
}

export function queryCommand(program: Command, ctx: CliContext): void {
  const query = program.command('query').description('run a named query and print its JSON answer');
  const run = (fn: (store: GraphStore, args: string[], opts: Opts) => Promise<unknown>) => async (...input: unknown[]) => {
    const cmd = input.at(-1) as Command;
    const opts = cmd.opts<Opts>();
    const config = loadConfig(ctx.env, { dataDir: opts.dataDir });
    const store = await openStore(config, { notice: noticeTo(ctx), readOnlyWhenLocked: true });
    try {
      ctx.out(JSON.stringify(await fn(store, cmd.args, opts), null, 2));
    } catch (error) {
      // "no person 邓群策" alone does not say which store was asked, nor that it may be empty.
      if (!(error instanceof NotFoundError)) throw error;
      const where = config.neo4j ? `the Neo4j store at ${config.neo4j.uri}` : `the embedded store in ${config.dataDir}`;
      const empty = (await store.stats()).articles === 0;
      throw new NotFoundError(`${error.message} in ${where}${empty ? ', which holds no articles yet: ingest pages first (newsgraph ingest DIR)' : ''}`);
    } finally {
      await store.close();
    }
  };
  const withCommon = (c: Command) => c.option('--data-dir <dir>', 'data directory of the embedded store').option('--limit <n>', 'at most n items', '50').option('--offset <n>', 'skip n items', '0');

  withCommon(query.command('meetings').description('meetings, by date; filter by person and date range'))
    .option('--person <id|name>', 'only meetings this person took part in')
    .option('--role <role>', 'presided, attended or spoke (with --person)')
    .option('--from <date>', 'on or after YYYY-MM-DD')
    .option('--to <date>', 'on or before YYYY-MM-DD')
    .action(
      run((store, _args, o) =>
        store.meetings({
          personId: o.person ? personIdOf(o.person) : undefined,
          role: role(o.role),
          from: o.from,
          to: o.to,
          limit: count(o.limit, 'limit', 50),
          offset: count(o.offset, 'offset', 0),
        }),
      ),
    );
  withCommon(query.command('meeting').description('one meeting: presided, attendees in listed order, evidence').argument('<id>'))
    .action(run(async (store, [id]) => orNotFound(await store.meeting(id as string), `meeting "${id}"`)));
  withCommon(query.command('person').description('one person: posts with evidence, meeting counts, articles (posts and articles a page each)').argument('<id|name>'))
    .action(run(async (store, [id], o) => personPage(orNotFound(await store.person(personIdOf(id as string)), `person "${id}"`), count(o.limit, 'limit', 50), count(o.offset, 'offset', 0))));
  withCommon(query.command('person-meetings').description("a person's meetings").argument('<id|name>'))
    .option('--role <role>', 'presided, attended or spoke')
    .action(
      run(async (store, [id], o) =>
        orNotFound(await store.personMeetings(personIdOf(id as string), role(o.role), count(o.limit, 'limit', 50), count(o.offset, 'offset', 0)), `person "${id}"`),
      ),
    );
  withCommon(query.command('search').description('entities whose name or alias contains the text').argument('<text>'))
    .option('--type <label>', 'only Person, Organization, Place, Meeting or Document')
    .action(run((store, [text], o) => store.search(text as string, label(o.type), count(o.limit, 'limit', 50), count(o.offset, 'offset', 0))));
  withCommon(query.command('entity').description('any entity: properties, relationships with evidence, articles').argument('<id>'))
    .action(run(async (store, [id]) => orNotFound(await store.entity(id as string), `entity "${id}"`)));
  withCommon(query.command('articles').description('articles by date, then id: id, title, date, source'))
    .action(run((store, _args, o) => store.articles(count(o.limit, 'limit', 50), count(o.offset, 'offset', 0))));
  withCommon(query.command('article').description('one article: text, reporters, entities with their spans').argument('<id>'))
    .action(run(async (store, [id]) => {
      const article = orNotFound(await store.article(id as string), `article "${id}"`);
      return { ...article, spans: entitySpans(article) };
    }));
  withCommon(query.command('timeline').description("a person's posts and meetings by date").argument('<id|name>'))
    .action(run(async (store, [id], o) => orNotFound(await timeline(store, personIdOf(id as string), count(o.limit, 'limit', 50), count(o.offset, 'offset', 0)), `person "${id}"`)));
  withCommon(query.command('co-attendees').description('who took part in the same meetings as a person').argument('<id|name>'))
    .action(run(async (store, [id], o) => orNotFound(await store.coAttendees(personIdOf(id as string), count(o.limit, 'limit', 50), count(o.offset, 'offset', 0)), `person "${id}"`)));
  withCommon(query.command('neighbourhood').description('the nodes within 1 or 2 hops of a node').argument('<id>'))
    .option('--depth <n>', '1 or 2', '1')
    .action(run(async (store, [id], o) => {
      const depth = count(o.depth, 'depth', 1);
      if (depth !== 1 && depth !== 2) throw new BadRequestError('depth', `--depth must be 1 or 2, got "${o.depth}"`);
      return orNotFound(await store.neighbourhood(id as string, depth, Math.min(count(o.limit, 'limit', 60), 200)), `node "${id}"`);
    }));
  withCommon(query.command('path').description('the shortest path between two nodes').argument('<from>').argument('<to>'))
    .action(run(async (store, [from, to]) => orNotFound(await store.shortestPath(from as string, to as string), `node "${from}" or "${to}"`)));
  withCommon(query.command('centrality').description('people (or meetings) ranked in the person–meeting graph'))
    .option('--measure <m>', 'pagerank, degree or betweenness', 'pagerank')
    .option('--type <t>', 'Person or Meeting', 'Person')
    .action(run(async (store, _args, o) => {
      const measure = CENTRALITY_MEASURES.find((m) => m === o.measure);
      if (!measure) throw new BadRequestError('measure', `--measure must be ${CENTRALITY_MEASURES.join(', ')}, got "${o.measure}"`);
      if (o.type !== 'Person' && o.type !== 'Meeting') throw new BadRequestError('type', `--type must be Person or Meeting, got "${o.type}"`);
      return { measure, ...centrality(participationGraph(await store.participation()), measure, o.type, count(o.limit, 'limit', 50), count(o.offset, 'offset', 0)) };
    }));
  withCommon(query.command('communities').description('Louvain communities of the person–meeting graph'))
    .action(run(async (store, _args, o) => communities(participationGraph(await store.participation()), count(o.limit, 'limit', 50), count(o.offset, 'offset', 0))));
  withCommon(query.command('stats').description('node counts per label, relationship counts per type')).action(run((store) => store.stats()));
}
