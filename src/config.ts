// Configuration, parsed once from the environment and the command line's flags, then passed down.
// Only the CLI's main and the server read process.env; everything else gets a Config.
import { ConfigError } from './errors.js';
import { parseDay } from './extract/dates/printed-date.js';
import { loadAliases } from './extract/resolve/aliases.js';
import type { ExtractOptions } from './extract/extract-page.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  dataDir: string;
  port: number;
  host: string;
  neo4j: Neo4jConfig | null;
  apiToken: string | null;
  /** Origins allowed to call the API from a browser (NEWSGRAPH_CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** Write requests per minute per client (NEWSGRAPH_WRITE_RATE_LIMIT, default 30). */
  writeRateLimit: number;
  /** API reads per minute per client (NEWSGRAPH_READ_RATE_LIMIT, default 6000; 0 switches it off). */
  readRateLimit: number;
  city: string | undefined;
  year: number | undefined;
  /** The day the pages were printed (--date, NEWSGRAPH_DATE), YYYY-MM-DD. */
  date: string | undefined;
  /** The alias file (see src/extract/aliases.ts); ./aliases.json when it exists. */
  aliasesFile: string;
  aliasesRequired: boolean;
  /** Keep API answers until the embedded store changes (NEWSGRAPH_RESPONSE_CACHE=off to ask the store every time). */
  responseCache: boolean;
  /** Extraction threads (--workers, NEWSGRAPH_WORKERS); undefined picks one per core for big runs. */
  workers: number | undefined;
}

export const DEFAULTS = {
  dataDir: './data',
  port: 3000,
  // Loopback: the API answers this machine only unless --host (HOST) opens it wider.
  host: '127.0.0.1',
  neo4jUser: 'neo4j',
  // The local server started by `npm run neo4j:start` uses the same default.
  neo4jPassword: 'newsgraph',
} as const;

export interface ConfigFlags {
  port?: string | number;
  host?: string;
  dataDir?: string;
  city?: string;
  year?: string | number;
  date?: string;
  neo4jUri?: string;
  aliases?: string;
  workers?: string | number;
}

function parsePort(value: string | number, where: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`${where} must be a port number (0-65535), got "${value}"`);
  return port;
}

function parseYear(value: string | number | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new ConfigError(`--year must be a year such as 2021, got "${value}"`);
  return year;
}

function parsePrintedDate(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!parseDay(value)) throw new ConfigError(`--date must be the day the pages were printed, such as 2021-05-28, got "${value}"`);
  return value;
}

export function loadConfig(env: Record<string, string | undefined>, flags: ConfigFlags = {}): Config {
  const uri = flags.neo4jUri ?? env.NEO4J_URI;
  return {
    dataDir: flags.dataDir ?? env.NEWSGRAPH_DATA_DIR ?? DEFAULTS.dataDir,
    port: flags.port !== undefined ? parsePort(flags.port, '--port') : env.PORT ? parsePort(env.PORT, 'PORT') : DEFAULTS.port,
    host: flags.host || env.HOST || DEFAULTS.host,
    neo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER ?? DEFAULTS.neo4jUser,
          password: env.NEO4J_PASSWORD ?? DEFAULTS.neo4jPassword,
          database: env.NEO4J_DATABASE || undefined,
        }
      : null,
    apiToken: env.NEWSGRAPH_API_TOKEN || null,
    corsOrigins: (env.NEWSGRAPH_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    writeRateLimit: env.NEWSGRAPH_WRITE_RATE_LIMIT ? parsePositive(env.NEWSGRAPH_WRITE_RATE_LIMIT, 'NEWSGRAPH_WRITE_RATE_LIMIT') : 30,
    readRateLimit: env.NEWSGRAPH_READ_RATE_LIMIT === '0' ? 0 : env.NEWSGRAPH_READ_RATE_LIMIT ? parsePositive(env.NEWSGRAPH_READ_RATE_LIMIT, 'NEWSGRAPH_READ_RATE_LIMIT') : 6000,
    city: flags.city ?? env.NEWSGRAPH_CITY ?? undefined,
    year: parseYear(flags.year ?? env.NEWSGRAPH_YEAR),
    date: parsePrintedDate(flags.date ?? env.NEWSGRAPH_DATE),
    aliasesFile: flags.aliases ?? env.NEWSGRAPH_ALIASES ?? 'aliases.json',
    aliasesRequired: Boolean(flags.aliases ?? env.NEWSGRAPH_ALIASES),
    responseCache: parseSwitch(env.NEWSGRAPH_RESPONSE_CACHE, 'NEWSGRAPH_RESPONSE_CACHE', true),
    workers: parseWorkers(flags.workers ?? env.NEWSGRAPH_WORKERS),
  };
}

function parsePositive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name} must be a whole number above 0, got "${value}"`);
  return n;
}

function parseWorkers(value: string | number | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new ConfigError(`--workers (NEWSGRAPH_WORKERS) must be a whole number from 1 to 256, got "${value}"`);
  return n;
}

function parseSwitch(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(on|true|1|yes)$/i.test(value)) return true;
  if (/^(off|false|0|no)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be on or off, got "${value}"`);
}

/** What extraction takes from the configuration: the city and year of the pages, and the alias file,
 * read once. The printed day (`date`) is added only by runs over one day's pages (ingest, extract),
 * not by a server that takes pages day after day. */
export function extractOptionsOf(config: Config): ExtractOptions {
  return { city: config.city, year: config.year, aliases: loadAliases(config.aliasesFile, config.aliasesRequired) };
}
