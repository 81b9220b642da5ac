// What ingest hands to extraction: one article of a page, its parts told apart, its text normalised.
import type { BylineName } from './byline.js';

export interface SourceArticle {
  /** Where the page came from, as a stable key (`seeds/000_edfb76c44c08cff3.txt`). */
  source: string;
  /** Position of the article on its page, from 0. */
  ordinal: number;
  /** The main headline line. */
  title: string;
  kicker: string | null;
  subtitle: string | null;
  /** All headline lines in print order: kicker, title, sub-headlines. */
  headlineLines: string[];
  /** A section label printed above the headline (`衡山县：`), without its colon. */
  section: string | null;
  byline: BylineName[];
  /** The outlets the article's credits name: its dateline's sender (某某日报讯), its source field
   * (来源:某县融媒体中心), the paper a credited reporter writes for (某某日报记者 X). */
  outlets: string[];
  /** Body paragraphs, layout breaks joined; the `本报讯` lead first, without its marker. */
  paragraphs: string[];
}

/** One source file or text after reading and decoding. */
export interface SourcePage {
  source: string;
  text: string;
}

/**
 * A page's bytes before decoding, in any encoding a file may have: a page posted to the API, or a
 * file already read (then `path` names it, in messages, and marks its articles as read from it).
 */
export interface PageBytes {
  source: string;
  bytes: Uint8Array;
  path?: string;
}
