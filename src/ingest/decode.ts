// Turns a file's bytes into text, whatever the e-paper site gave: UTF-8 with or without BOM, UTF-16
// with BOM, GBK/GB18030 or Big5 told apart by the bytes themselves (never by the file name), and an
// HTML page's own charset. What cannot be text (empty, binary, too large, undecodable) is an
// InputError that says which file and why.
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** Pages are tens of kilobytes; a file this large is not a page. NEWSGRAPH_MAX_FILE_MB moves it. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

// The commonest characters of Chinese news in both scripts: text decoded with the right legacy
// encoding is full of them, text decoded with the wrong one hardly has any.
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞這個們來時國會說對發經與當業產動過還點實現區長門問開關車東書學將議記與總黨員'
    .split(''),
);

function commonShare(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const ch of text) {
    if (ch >= '\u4e00' && ch <= '\u9fff') {
      cjk++;
      if (COMMON.has(ch)) common++;
    } else if (ch === '\ufffd' || (ch >= '\ue000' && ch <= '\uf8ff')) cjk += 4; // replacement or private use: a wrong guess
  }
  return cjk === 0 ? 0 : common / cjk;
}

/** NUL bytes, or many control bytes, in a file without a UTF-16 BOM: not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.02;
}

/** The charset an HTML page declares in its first bytes (<meta charset="gb2312">). */
function declaredCharset(bytes: Uint8Array): Encoding | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').toLowerCase();
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/.exec(head);
  if (!m) return null;
  const name = m[1] as string;
  if (/^utf-?8$/.test(name)) return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|euc-cn)$/.test(name)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5)$/.test(name)) return 'big5';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export function decodeBytes(bytes: Uint8Array, where: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Decoded {
  if (bytes.length === 0) throw new InputError(`${where}: the file is empty`);
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new InputError(`${where}: the file is too large for a newspaper page (${mb(bytes.length)} MB; the limit is ${mb(maxBytes)} MB, set NEWSGRAPH_MAX_FILE_MB to change it)`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === null) throw new InputError(`${where}: starts with a UTF-8 byte order mark but is not valid UTF-8`);
    return { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new InputError(`${where}: a binary file, not text`);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  // Neither UTF-8 nor declared: GB18030 and Big5 share their byte ranges, so each is tried and the
  // one that reads as Chinese wins; when neither does, the bytes are not a page we can read.
  // A real page in either encoding decodes without a single invalid sequence.
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => {
      const text = iconv.decode(Buffer.from(bytes), encoding);
      return { text, encoding, share: text.includes('\ufffd') ? 0 : commonShare(text) };
    });
  candidates.sort((a, b) => b.share - a.share);
  const best = candidates[0];
  if (!best || best.share < 0.2) throw new InputError(`${where}: not valid UTF-8, and it does not read as GBK/GB18030 or Big5 Chinese either (invalid byte sequences)`);
  return { text: best.text, encoding: best.encoding };
}
