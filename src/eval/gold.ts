// Gold annotations of pages (test/gold/*.json, see test/gold/GUIDE.md): what a careful reader finds
// in each article. Loaded and checked on entry, so a typo in a gold file is an error, not a zero.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';

const goldMeeting = z.object({
  name: z.string(),
  kind: z.string().optional(),
  date: z.string().nullable().optional(),
  time: z.string().nullable().optional(),
  presided: z.array(z.string()).default([]),
  participants: z.array(z.string()).default([]),
});

const goldArticle = z.object({
  headline: z.string(),
  headlineLines: z.array(z.string()).optional(),
  date: z.string().nullable().optional(),
  persons: z.array(z.string()).default([]),
  reporters: z.array(z.object({ name: z.string(), role: z.string() })).default([]),
  titles: z.array(z.object({ person: z.string(), title: z.string() })).default([]),
  organizations: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  documents: z.array(z.string()).default([]),
  meetings: z.array(goldMeeting).default([]),
});

const goldPage = z.object({ source: z.string(), language: z.string().optional(), articles: z.array(goldArticle) });

export type GoldArticle = z.infer<typeof goldArticle>;
export type GoldPage = z.infer<typeof goldPage>;

export function loadGold(dir: string): GoldPage[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (cause) {
    throw new InputError(`${dir}: no gold folder there`, { cause });
  }
  return files.map((file) => {
    const parsed = goldPage.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${join(dir, file)}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return parsed.data;
  });
}
