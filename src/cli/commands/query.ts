// newsgraph query <name> …: runs a named query on the store and prints its JSON answer, the same
// answer the API gives.
import { Command } from 'commander';
import { personIdOf } from '../../api/params.js';
import { loadConfig } from '../../config.js';
import { BadRequestError, NotFoundError } from '../../errors.js';
import { openStore } from '../../graph/open-store.js';
import type { GraphStore } from '../../graph/store.js';
import type { MeetingRole } from '../../graph/model.js';
import type { CliContext } from '../context.js';

type Opts = { person?: string; role?: string; from?: string; to?: string; limit?: string; offset?: string; dataDir?: string };

function role(value: string | undefined): MeetingRole | undefined {
  if (value === undefined) return undefined;
  if (value === 'presided' || value === 'attended' || value === 'spoke') return value;
  throw new BadRequestError('role', `--role must be presided, attended or spoke, got "${value}"`);
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new BadRequestError(name, `--${name} must be a whole number, got "${value}"`);
  return n;
}

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new NotFoundError(`no ${what}`);
  return value;
}

export function queryCommand(program: Command, ctx: CliContext): void {
  const query = program.command('query').description('run a named query and print its JSON answer');
  const run = (fn: (store: GraphStore, args: string[], opts: Opts) => Promise<unknown>) => async (...input: unknown[]) => {
    const cmd = input.at(-1) as Command;
    const opts = cmd.opts<Opts>();
    const store = await openStore(loadConfig(ctx.env, { dataDir: opts.dataDir }));
    try {
      ctx.out(JSON.stringify(await fn(store, cmd.args, opts), null, 2));
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
    .action(run(async (store, [id]) => found(await store.meeting(id as string), `meeting "${id}"`)));
  withCommon(query.command('person').description('one person: posts with evidence, meeting counts').argument('<id|name>'))
    .action(run(async (store, [id]) => found(await store.person(personIdOf(id as string)), `person "${id}"`)));
  withCommon(query.command('person-meetings').description("a person's meetings").argument('<id|name>'))
    .option('--role <role>', 'presided, attended or spoke')
    .action(
      run(async (store, [id], o) =>
        found(await store.personMeetings(personIdOf(id as string), role(o.role), count(o.limit, 'limit', 50), count(o.offset, 'offset', 0)), `person "${id}"`),
      ),
    );
  withCommon(query.command('search').description('entities whose name or alias contains the text').argument('<text>'))
    .action(run((store, [text], o) => store.search(text as string, undefined, count(o.limit, 'limit', 50), count(o.offset, 'offset', 0))));
  withCommon(query.command('stats').description('node counts per label, relationship counts per type')).action(run((store) => store.stats()));
}
