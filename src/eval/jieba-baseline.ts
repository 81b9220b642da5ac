// The baseline newsgraph is measured against: nodejieba's own part-of-speech tags read as entities
// (nr → person, ns → place, nt → organisation), with their character spans.
import { tokenize } from '../extract/core/tokens.js';

export type BaselineType = 'PER' | 'LOC' | 'ORG';

const TAG_TYPE: Record<string, BaselineType> = { nr: 'PER', ns: 'LOC', nt: 'ORG' };

export function jiebaEntities(text: string): Array<{ type: BaselineType; start: number; end: number; text: string }> {
  return tokenize(text)
    .filter((t) => TAG_TYPE[t.tag])
    .map((t) => ({ type: TAG_TYPE[t.tag] as BaselineType, start: t.start, end: t.end, text: t.word }));
}
