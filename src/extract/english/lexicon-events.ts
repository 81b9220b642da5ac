// Events in English local news and the predicates that tie people to them. Source: how wire and
// city news report meetings, ceremonies, inspections and visits; each row carries an invented
// sentence of the kind it exists for. `{event}` in a pattern stands for any event noun below.
import type { RoleFact } from '../core/doc.js';
import { WEEKDAYS } from './lexicon.js';

export type Role = RoleFact['type'];

/** Event nouns and the kind of event each names. */
export const EVENT_NOUNS: ReadonlyArray<readonly [noun: string, kind: string]> = [
  ['swearing-in ceremony', 'ceremony'], ['swearing-in', 'ceremony'], ['ceremony', 'ceremony'], ['celebration', 'ceremony'],
  ['inauguration', 'ceremony'], ['reception', 'ceremony'], ['signing', 'signing'], ['inspection', 'inspection'], ['tour', 'inspection'],
  ['visit', 'visit'], ['meeting', 'meeting'], ['session', 'meeting'], ['conference', 'meeting'], ['forum', 'meeting'], ['symposium', 'meeting'],
  ['seminar', 'meeting'], ['summit', 'meeting'], ['consultation', 'meeting'], ['workshop', 'meeting'], ['hearing', 'meeting'],
  ['briefing', 'meeting'], ['talks', 'meeting'], ['rally', 'meeting'], ['gathering', 'meeting'], ['investigation', 'inspection'],
  ['oath-taking', 'ceremony'], ['rites', 'ceremony'], ['induction', 'ceremony'], ['groundbreaking', 'ceremony'], ['ribbon-cutting', 'ceremony'],
  ['commissioning', 'ceremony'], ['roundtable', 'meeting'], ['retreat', 'meeting'], ['plenary', 'meeting'],
];

/** Words that refer back to the article's event without naming one, enough for a predicate that
 * needs an event ("Deputy Secretary Bo Tao presided over the event") but no event of their own. */
export const EVENT_REFERENCES = ['event', 'occasion', 'function', 'programme', 'program', 'proceedings'];

/** Words before an event noun that make it any such event, not the one reported: "urged them to
 * attend every meeting", "items for the next session". */
export const GENERIC_EVENT_WORDS = ['every', 'each', 'any', 'all', 'future', 'next', 'upcoming', 'regular', 'such'];

/** Words that introduce an event phrase, and the determiners each needs before it:
 *   Mayor Ann Roe held an emergency meeting on flood control   (held, no determiner needed)
 *   The fund was launched at a ceremony in the city hall          (at, needs a determiner)
 *   The delegation returned from a twinning visit to Bremen       (returned from)
 *   … with the signing of the agreement                          (with, needs "the")
 *   As part of the inauguration of the new councils, …            (part of, needs "the") */
export const EVENT_CUES: ReadonlyArray<readonly [cue: string, determiners: 'optional' | 'any' | 'article' | 'the']> = [
  ['presided over', 'optional'], ['chaired', 'optional'], ['convened', 'optional'], ['held', 'optional'], ['hosted', 'optional'],
  ['attended', 'optional'], ['attend', 'optional'], ['oversaw', 'optional'], ['witnessed', 'optional'], ['undertaken', 'optional'],
  ['undertook', 'optional'], ['participated in', 'any'], ['took part in', 'any'], ['joined', 'any'], ['organised', 'optional'],
  ['organized', 'optional'], ['part of', 'the'], ['at', 'any'], ['during', 'any'], ['on', 'article'], ['in', 'article'], ['returned from', 'article'], ['with', 'the'],
];

/** Time words that stand as a determiner before an event noun with "'s": "At last night's council
 * meeting", "at Monday's session", "yesterday's ceremony". */
export const TIME_POSSESSIVES = [
  'night', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend', 'yesterday', 'today', 'tonight',
  ...WEEKDAYS,
];

/** Words that end an event's name after its noun: "meeting on flood control on May 3" ends before
 * the second "on" (a date follows), "ceremony in celebration of …" before "in". */
export const EVENT_NAME_STOPS = new Set(['in', 'at', 'as', 'by', 'which', 'that', 'who', 'where', 'when', 'chaired', 'attended', 'held', 'was', 'were', 'is', 'are', 'has', 'had', 'and', 'but', 'after', 'before', 'during', 'since', 'yesterday', 'today', 'this', 'last']);

/** A predicate that ties the people listed before it (its subject) or after it (its object) to the
 * article's event. `needsEvent`: only when an event noun follows in the clause. `represents`: the
 * person named is there in place of another, who then took no part. `implies`: the event the
 * predicate itself is, when the article names none of its kind; `alone`: only when it names no
 * event at all ("After the meeting, Lin Hua inspected the dikes" adds no inspection). */
/** Words that carry a list of people on past a name: "Bo Tao, together with Mo Ling and Lin Hua". */
export const ALONG_WITH = '(?:together|along) with';

export interface PredicateRow {
  pattern: string;
  before?: Role;
  after?: Role;
  needsEvent?: boolean;
  represents?: boolean;
  implies?: string;
  alone?: boolean;
  example: string;
}

export const PREDICATES: readonly PredicateRow[] = [
  { pattern: '(?:attend(?:ed|s)?|took part|(?:was|were) (?:also )?(?:present|in attendance))(?: (?:the|a|an) (?:[\\w-]+ ){0,3}?{event}s?)?,? including', before: 'ATTENDED', after: 'ATTENDED', example: 'All municipal leaders attended, including Lin Hua and Bo Tao.' },
  { pattern: '(?:was |were )?represented by', after: 'ATTENDED', represents: true, example: 'Governor Ann Roe, represented by her deputy, Bo Tao, opened the market.' },
  { pattern: '(?:chaired|presided over|hosted|convened|overseen|moderated|co-chaired) by', after: 'PRESIDED', example: 'The forum was chaired by Vice Mayor Lin Hua.' },
  { pattern: '(?:was |were )?(?:also )?joined (?:[\\w-]+ ){0,4}?by', before: 'ATTENDED', after: 'ATTENDED', example: 'The mayor was joined on the tour by Ann Roe and Bo Tao.' },
  { pattern: '(?:was |were )?accompanied (?:[\\w-]+ ){0,4}?by', before: 'ATTENDED', after: 'ATTENDED', example: 'Lin Hua was accompanied on the tour by Bo Tao.' },
  { pattern: '(?:group|delegation|team|party)(?: members)? (?:included|includes|comprised|consisted of)|members of the (?:group|delegation|team) (?:included|were)', after: 'ATTENDED', example: 'The group members included Bo Tao, deputy mayor of Qingshan.' },
  { pattern: 'led (?:a|the|an) (?:[\\w-]+ ){0,2}?(?:group|delegation|team) to (?:inspect|visit|investigate|tour)', before: 'ATTENDED', implies: 'inspection', alone: true, example: 'Lin Hua led a group to inspect Furong county.' },
  { pattern: '(?:was|were) (?:unanimously )?(?:elected|re-elected|selected|chosen)', before: 'ATTENDED', example: 'Commissioner Ann Roe was elected vice chairman.' },
  { pattern: 'elected|electing|re-elected|selected|selecting', after: 'ATTENDED', needsEvent: true, example: 'The board met on Monday, electing member Bo Tao as chairman at the meeting.' },
  { pattern: '(?:was |were )?led by', after: 'ATTENDED', example: 'The opening prayer was led by Tom Hill.' },
  { pattern: '(?:led|leading) (?:the |an? )?(?:[\\w-]+ ){0,2}?(?:(?:audience|congregation|crowd|gathering) in )?(?:singing|swearing[- ]in|oath|invocation|pledge|prayers?|anthem|toast|minute of silence)', before: 'ATTENDED', example: 'Judge Ann Roe led the swearing in of the new council.' },
  { pattern: '(?:attended|witnessed) by', after: 'ATTENDED', example: 'The session was attended by Ann Roe and Bo Tao.' },
  { pattern: '(?:received|welcomed|greeted) by', after: 'ATTENDED', example: 'The delegation was received by the mayor, Ann Roe, at the town hall.' },
  {
    pattern: '(?:nominated|seconded|moved|proposed|conducted|blessed|performed|presented|officiated|introduced|opened|closed) (?:(?:for|with) (?:the |a )?[\\w-]+ )?by',
    before: 'ATTENDED',
    after: 'ATTENDED',
    needsEvent: true,
    example: 'At the meeting, Bo Tao was nominated by Ann Roe and seconded by Tom Hill.',
  },
  { pattern: '(?:officially )?(?:opened|declared open) the (?:[\\w-]+ ){0,3}?{event}', before: 'PRESIDED', example: 'Town Clerk Ann Roe officially opened the inaugural meeting.' },
  { pattern: '(?:sworn (?:in|into office)|administered) by', after: 'ATTENDED', example: 'The new councillors were sworn in by Mayor Ann Roe.' },
  { pattern: '(?:was |were )?(?:given|administered) the oaths?(?: of office)? by', before: 'ATTENDED', after: 'ATTENDED', example: 'Council member Bo Tao and Mayor Ann Roe were given the Oath of Office by Judge Tom Hill.' },
  { pattern: '(?:also )?present were|(?:also )?in attendance were|in the presence of', after: 'ATTENDED', example: 'Also present were Lin Hua and Bo Tao.' },
  { pattern: '(?:also )?(?:present|in attendance) (?:at|during) the (?:[\\w-]+ ){0,3}?{event}s? (?:were|was)', after: 'ATTENDED', example: 'Present at the meeting were Lin Hua and Bo Tao.' },
  { pattern: '(?:was|were) (?:also )?among (?:those|the (?:guests|dignitaries|officials)) (?:who )?(?:present|in attendance|attended|participated|took part)', before: 'ATTENDED', example: 'Minister Ann Roe and Mr. Bo Tao were among those participated in this occasion.' },
  { pattern: 'among (?:those|the (?:guests|dignitaries|officials)) (?:present|in attendance|who attended)(?: (?:at|during) the (?:[\\w-]+ ){0,3}?{event}s?)? (?:were|was)', after: 'ATTENDED', example: 'Among those present were Ann Roe and Tom Hill.' },
  { pattern: '(?:those (?:present|in attendance)|attendees|participants|guests|dignitaries present) included', after: 'ATTENDED', example: 'Those present included Ann Roe and Tom Hill.' },
  { pattern: 'took (?:the|his|her|their) oaths?(?: of office)?', before: 'ATTENDED', example: 'Mayor Ann Roe took the oath of office at the ceremony.' },
  { pattern: '(?:was|were) (?:also )?(?:present|in attendance)', before: 'ATTENDED', example: 'Lin Hua, Bo Tao and senior officials were present.' },
  { pattern: 'called (?:the |a |an )?(?:[\\w-]+ ){0,3}?{event}s? to order', before: 'PRESIDED', example: 'Mayor Ann Roe called the council meeting to order.' },
  { pattern: 'under the (?:chairmanship|chairpersonship|presidency|stewardship) of', after: 'PRESIDED', example: 'A review meeting was held under the chairmanship of District Collector, Ravi Das.' },
  { pattern: 'presided over|presiding over|co-chaired|chaired|chairing|hosted|convened|oversaw|officiated at', before: 'PRESIDED', needsEvent: true, example: 'Mayor Ann Roe, who chaired the session, opened the debate.' },
  { pattern: 'led (?:the|a|an) (?:[\\w-]+ ){0,3}?{event}s?', before: 'PRESIDED', example: 'University president Ann Roe led the ceremony.' },
  { pattern: 'held', before: 'PRESIDED', needsEvent: true, example: 'Lin Hua then held an emergency meeting on flood control.' },
  { pattern: 'attended|attends|attend|took part in|participated(?: in| on| at)?|(?:was|were) present at', before: 'ATTENDED', example: 'Lin Hua, Bo Tao and Ann Roe attended the meeting.' },
  { pattern: 'joined', before: 'ATTENDED', needsEvent: true, example: 'Deputy mayor Bo Tao joined the tour.' },
  { pattern: 'accompanied', before: 'ATTENDED', example: 'Provincial leaders Lin Hua and Bo Tao accompanied him.' },
  { pattern: 'inspected', before: 'ATTENDED', implies: 'inspection', alone: true, example: 'Governor Ann Roe inspected the new bridge.' },
  { pattern: 'toured|visited|arrived in|arrived at', before: 'ATTENDED', example: 'Governor Ann Roe toured the new bridge.' },
  { pattern: 'met with|met|held talks with', before: 'ATTENDED', after: 'ATTENDED', implies: 'meeting', example: 'Mayor Lin Hua met with Ann Roe, mayor of Bremen, on Monday.' },
  { pattern: 'signed', before: 'ATTENDED', example: 'Vice Mayor Bo Tao and Ann Roe signed the agreement.' },
  { pattern: 'witnessed', before: 'ATTENDED', example: 'Party secretary Lin Hua witnessed the signing.' },
  { pattern: 'swore in|(?:was |were )?sworn[- ]in|administered the oaths? (?:of office )?(?:to|of)|administered the oaths?(?: of office)?', before: 'ATTENDED', after: 'ATTENDED', example: 'City Clerk Ann Roe swore in Bo Tao as mayor.' },
  { pattern: 'did the same (?:in turn )?(?:to|for)', before: 'ATTENDED', after: 'ATTENDED', example: 'Roe did the same to council member Bo Tao.' },
  { pattern: 'made up of|comprising|consisting of|composed of', after: 'ATTENDED', example: 'The mayor inaugurated a board made up of Ann Roe and Bo Tao.' },
  { pattern: '(?:was|were) invited to', before: 'ATTENDED', example: 'Mayor Ann Roe and town clerk Bo Tao were invited to the jubilee.' },
  { pattern: ALONG_WITH, before: 'ATTENDED', after: 'ATTENDED', needsEvent: true, example: 'Roe, along with City Manager Bo Tao, opened the ceremony.' },
  { pattern: 'dedicated|inaugurated|unveiled|launched|commissioned', before: 'ATTENDED', needsEvent: true, example: 'Mayor Ann Roe dedicated the new library in a public ceremony.' },
  {
    pattern:
      'spoke at|spoke during|addressed|delivered speeches|(?:delivered|gave|made) (?:a |an |the |his |her |their )?(?:[\\w-]+ ){0,2}?(?:speech|speeches|remarks|address|reports?|invocation|homily|sermon|blessing|welcome)',
    before: 'SPOKE_AT',
    example: 'Party secretary Lin Hua gave a keynote speech.',
  },
  {
    pattern: 'said|says|stated|stressed|noted|pointed out|urged|called for|called on|told|added|emphasi[sz]ed|spoke|highlighted|remarked|congratulated|reminded|encouraged|advised|praised|pledged|assured|appealed|commended|lauded|directed|instructed|briefed|expressed',
    before: 'SPOKE_AT', example: 'Lin Hua stressed that the dikes must be finished.' },
];

/** A clause that places the person it names away from the event, or before it: "said in a
 * statement", "the late", "named after", "in memory of", "absent", "could not attend", "opened in
 * 1990 under former mayor …", "who secured the funding last year". */
export const ELSEWHERE =
  /\b(?:in a statement|according to|the late|named after|in memory of|absent|could not attend|(?:was|were) unable to attend|in (?:his|her) absence|posthumous|in (?:1[89]|20)\d\d\b|last (?:year|month|week)|years ago|formerly)/i;

/** What after a speech verb says the words were said elsewhere: "said in a statement", "told reporters". */
export const SAID_ELSEWHERE = /^\s*(?:in a (?:statement|press release|post|letter|interview)|on (?:Twitter|Facebook|social media)|to reporters)/i;

/** Words that may stand between a list of people and its predicate: "M. Roe on Tuesday chaired",
 * "Ann Roe, this afternoon inspected", "He then held". */
export const PREDICATE_FILLERS = new Set([
  'also', 'either', 'both', 'all', 'then', 'later', 'jointly', 'personally', 'officially', 'subsequently', 'equally', 'has', 'have', 'had',
  'was', 'were', 'is', 'are', 'will', 'would', 'who', 'this', 'morning', 'afternoon', 'evening', 'yesterday', 'today', 'on', 'last', 'earlier',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]);

/** "… and senior officials were present": unnamed people closing a list of named ones. */
export const UNNAMED_PEOPLE_TAIL = /^,?\s*and (?:[\w-]+ ){0,3}?(?:officials|members|leaders|guests|others|representatives|delegates|dignitaries|staff|residents)(?: of (?:the )?(?:[\w-]+ ){0,5}?[\w-]+)?/;

/** Words after a listed person that open a new clause, so the list ends there. */
export const CLAUSE_OPENERS = new Set(['said', 'says', 'told', 'added', 'stressed', 'noted', 'was', 'were', 'is', 'are', 'has', 'had', 'will', 'would', 'thanked', 'urged', 'asked', 'expressed']);

/** A pronoun subject standing for the last person named before it: "He then held a meeting". */
export const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/** Document titles: capitalised words ending in one of these: "the Basic Law of the Region",
 * "the Flood Prevention Emergency Plan", "the Constitution of the State of Ohio". */
export const DOCUMENT_HEADS = ['Law', 'Constitution', 'Charter', 'Act', 'Plan', 'Outline', 'Regulations', 'Code', 'Ordinance', 'Treaty', 'Convention', 'Programme', 'Strategy', 'Measures', 'Guidelines', 'Declaration'];

/** Instruments cited by number, with or without "the": "Executive Order 166", "Republic Act No. 7160". */
export const NUMBERED_DOCUMENTS = ['Executive Order', 'Administrative Order', 'Republic Act', 'Presidential Decree', 'Ordinance', 'Resolution', 'Statutory Instrument', 'Legal Notice'];

/** Places whose local government the article names, for posts printed with no place ("Mayor Ann
 * Roe" in a story about Portmere Town Council). Each pattern captures the place. */
export const LOCAL_GOVERNMENT_CUES: readonly RegExp[] = [
  /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:City|Town|County|District|Borough|Municipal) (?:Council|Hall|Government)\b/g, // Portmere Town Council
  /\b(?:City|Town|County|Borough|Municipality) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g, // the City of Riverton
  /\b([A-Z][a-z]+) (?:municipal|city|town|county) (?:government|council)\b/g, // the Eastvale municipal government
  /\b(?:[Mm]ayor|[Gg]overnor) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?(?: State)?)/g, // Governor of Kwara State, mayor of Eastvale
  /\b([A-Z][a-z]+ State) (?:[Gg]overnor|[Gg]overnment)\b/g, // Kwara State governor
];

/** Anniversaries whose first year is known, for the year of a page that prints none: "marks the 70th
 * anniversary of the founding of the People's Republic of China" → 1949 + 70. `near`: a word the
 * sentence must hold for the row to apply ("its return to China" is Hong Kong's only beside it). */
export const ANNIVERSARIES: ReadonlyArray<{ of: RegExp; year: number; near?: RegExp }> = [
  { of: /^the founding of the (?:People's Republic of China|PRC)\b/, year: 1949 }, // the 70th anniversary of the founding of the PRC
  { of: /^the founding of the (?:Communist Party of China|CPC|Party)\b/, year: 1921 }, // the 100th anniversary of the founding of the CPC
  { of: /^the founding of the (?:Chinese )?People's Liberation Army\b/, year: 1927 }, // the 90th anniversary of the founding of the PLA
  { of: /^(?:Hong Kong's|the HKSAR's|its) return to (?:China|the motherland)\b/, year: 1997, near: /\bHong Kong\b/ }, // as Hong Kong marks the 25th anniversary of its return to China
  { of: /^(?:Macao's|Macau's|its) return to (?:China|the motherland)\b/, year: 1999, near: /\bMaca[ou]\b/ }, // the 20th anniversary of Macao's return to the motherland
  { of: /^(?:China's )?reform and opening[- ]up\b/, year: 1978 }, // the 40th anniversary of reform and opening-up
  { of: /^the establishment of diplomatic (?:ties|relations) between China and the (?:U\.S\.|US|United States)/, year: 1979 }, // the 40th anniversary of diplomatic ties between China and the U.S.
];
