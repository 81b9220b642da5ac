// Posts as English news prints them beside a name, and the words around them. Source: the post
// names of city, county, state and party offices in Chinese, Nigerian, Indian, British and
// American local news; scope: the words that make or end a post phrase, not every post there is.

/** The word a post ends in (case-insensitive), with its plural: "Vice Mayor Lin Hua", "Ann Roe,
 * town clerk,", "Provincial leaders Lin Hua and Bo Tao". Several words are one head ("Accountant
 * General of Kwara, Mr. Ade Bello,"). */
export const POST_HEADS: ReadonlyArray<readonly [singular: string, plural: string]> = [
  ['secretary-general', 'secretaries-general'], ['accountant general', 'accountants general'], ['auditor general', 'auditors general'],
  ['secretary general', 'secretaries general'], ['consul general', 'consuls general'], ['chief of staff', 'chiefs of staff'],
  ['attorney general', 'attorneys general'], ['solicitor general', 'solicitors general'], ['inspector general', 'inspectors general'],
  ['director general', 'directors general'], ['director-general', 'directors-general'], ['chief executive', 'chief executives'],
  ['mayor', 'mayors'], ['governor', 'governors'], ['secretary', 'secretaries'], ['chairman', 'chairmen'], ['chairwoman', 'chairwomen'],
  ['chairperson', 'chairpersons'], ['director', 'directors'], ['minister', 'ministers'], ['premier', 'premiers'], ['president', 'presidents'],
  ['commissioner', 'commissioners'], ['manager', 'managers'], ['administrator', 'administrators'], ['clerk', 'clerks'], ['collector', 'collectors'],
  ['leader', 'leaders'], ['member', 'members'], ['councilmember', 'councilmembers'], ['councillor', 'councillors'], ['councilor', 'councilors'],
  ['councilman', 'councilmen'], ['councilwoman', 'councilwomen'], ['alderman', 'aldermen'], ['senator', 'senators'], ['professor', 'professors'],
  ['dean', 'deans'], ['officer', 'officers'], ['treasurer', 'treasurers'], ['speaker', 'speakers'], ['ambassador', 'ambassadors'],
  ['consul', 'consuls'], ['envoy', 'envoys'], ['writer', 'writers'], ['engineer', 'engineers'], ['supervisor', 'supervisors'],
  ['superintendent', 'superintendents'], ['chancellor', 'chancellors'], ['deputy', 'deputies'], ['head', 'heads'], ['official', 'officials'],
  ['representative', 'representatives'], ['trustee', 'trustees'], ['comptroller', 'comptrollers'], ['controller', 'controllers'],
  ['registrar', 'registrars'], ['magistrate', 'magistrates'], ['judge', 'judges'], ['adviser', 'advisers'], ['advisor', 'advisors'],
  ['aide', 'aides'], ['assistant', 'assistants'], ['convener', 'conveners'], ['convenor', 'convenors'],
  // Members of a legislature, as American and Philippine papers title them: "Assemblyman Tom Hill".
  ['congressman', 'congressmen'], ['congresswoman', 'congresswomen'], ['assemblyman', 'assemblymen'], ['assemblywoman', 'assemblywomen'],
  ['assemblymember', 'assemblymembers'], ['legislator', 'legislators'], ['lawmaker', 'lawmakers'], ['delegate', 'delegates'],
  ['justice', 'justices'], ['archbishop', 'archbishops'],
  // Callings printed before a name as posts are: "Publisher Ann Roe", "County Attorney Bo Tao",
  // "Barangay Captain Ann Roe", "Deputy Headteacher Ann Roe".
  ['publisher', 'publishers'], ['attorney', 'attorneys'], ['captain', 'captains'], ['headteacher', 'headteachers'],
  ['headmaster', 'headmasters'], ['headmistress', 'headmistresses'],
  // "Party chief of Wulan county", "police chief" (a bare "Chief" is an honorific: Chief Ade Bello).
  ['party chief', 'party chiefs'], ['police chief', 'police chiefs'], ['fire chief', 'fire chiefs'],
];

/** Words that name a division of a country after a place's name: "Commissioner Rawalpindi Division". */
export const DIVISION_WORDS = ['Division', 'District', 'Region', 'Province', 'State', 'County', 'Tehsil'];

/** Words that follow a head and stay part of the post: "Mayor Pro Tem Ann Roe", "Chairman ProTem". */
export const POST_TAILS: ReadonlyArray<readonly string[]> = [['pro', 'tem'], ['pro', 'tempore'], ['protem']];

/** Prepositions besides of/for that a head takes a place or person after, and then a portfolio with
 * "on": "consul general in Bremen", "Special Adviser to the Governor on Rural Roads". */
export const HEAD_PREPOSITIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['consul', ['in', 'to']], ['consul general', ['in', 'to']], ['ambassador', ['to', 'in']], ['envoy', ['to', 'in']],
  ['adviser', ['to', 'on']], ['advisor', ['to', 'on']], ['aide', ['to', 'on']], ['assistant', ['to', 'on']],
]);

/** Heads that alone say nothing of the post: "new members Ann Roe and Bo Tao" gives no title, "Council
 * member Ann Roe" does. */
export const GENERIC_HEADS = new Set(['member', 'leader', 'official', 'representative', 'deputy', 'head', 'officer']);

/** Lower-case words that stand inside a post before its head: "deputy mayor", "town clerk",
 * "grant writer", "at large Council member", "former mayor". */
export const POST_MODIFIERS = new Set([
  'deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'executive', 'chief', 'senior', 'principal', 'permanent', 'general', 'former',
  'first', 'second', 'third', 'town', 'city', 'county', 'district', 'municipal', 'provincial', 'state', 'regional', 'national', 'local', 'party',
  'council', 'grant', 'press', 'public', 'police', 'fire', 'finance', 'planning', 'works', 'parish', 'ward', 'village', 'standing', 'transition',
  'committee', 'government', 'health', 'education', 'housing', 'budget', 'legal', 'program', 'project', 'communications', 'development',
  'court', 'special', 'technical', 'personal',
]);

/** Words on where the holder stands that open a sentence before a post but are no part of it:
 * "Returning Council member Jo Lane", "Outgoing Mayor Ann Roe". */
export const STANDING_WORDS = new Set(['returning', 'outgoing', 'incoming', 'retiring', 'newly', 'new', 'newly-elected', 're-elected', 'reelected', 'elected', 'longtime', 'veteran', 'then']);

/** Rank words in short before a post, as Kenyan and Indian papers print them: "Ag. Chief Officer"
 * (acting), "Asst. Director", "Dy. Commissioner", "Addl. Secretary", "Jt. Director". */
export const ABBREVIATED_MODIFIERS = ['Ag', 'Actg', 'Asst', 'Dy', 'Addl', 'Jt'];

/** Two-word modifiers: "at large Council member Ann Roe". */
export const POST_MODIFIER_PAIRS = new Set(['at large', 'at-large']);

/** Heads that name no post when a name follows them without a comma: "Deputy Ann Roe" is unusual,
 * "his deputy, Ann Roe," is how news writes it. */
export const HEADS_NOT_BEFORE_NAMES = new Set(['deputy', 'head']);

/** Honorifics: they open a name but are no post ("Dr. Ade Bello", "Elder Ken Obi", "Mr . Ade Bello",
 * "Barr. Ann Roe", "Coun Roe"). "Chief" is one only when no post word follows ("Chief Secretary"). */
/** The honorifics printed in short, often with a full stop that ends no sentence ("Dr. Ade Bello").
 * Professions and offices in short are among them, as Philippine, Pakistani and Australian papers print
 * them before a name: "Arch. Ann Roe" (architect), "Eng Bo Tao" (engineer), "Cr Ann Roe" (councillor). */
export const SHORT_HONORIFICS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Hon', 'Barr', 'Engr', 'Arc', 'Rev', 'Coun', 'Cllr', 'Amb', 'Gen', 'Col', 'Capt', 'Maj', 'Lt', 'Sen', 'Gov', 'Dep',
  'Tpl', 'Surv', 'Pharm', 'Msgr', 'Fr', 'Atty', 'Arch', 'Eng', 'Cr',
];

export const HONORIFICS = new Set([
  ...SHORT_HONORIFICS,
  'Miss', 'Sir', 'Dame', 'Lord', 'Lady', 'Elder', 'Chief', 'Honourable', 'Honorable', 'Alhaji', 'Alhaja', 'Mallam', 'Pastor', 'Bishop', 'Comrade',
  'Prince', 'Princess', 'Otunba', 'ESV', 'Mrs.', 'Madam', 'Madame', 'Mme', 'Rabbi', 'Imam',
  // Styles of address before a name: "Her Worship Ann Roe" (a magistrate, a mayor), "His Excellency Bo Tao".
  'His Worship', 'Her Worship', 'His Excellency', 'Her Excellency', 'His Lordship', 'Her Lordship', 'His Royal Highness', 'Her Royal Highness',
  // Malaysian and Bruneian honours, printed before the name: "Datuk Ann Roe", "Tan Sri Bo Tao".
  'Datuk', 'Dato', "Dato'", 'Datin', 'Datuk Seri', 'Dato Seri', 'Tan Sri', 'Puan Sri', 'Tun', 'Toh Puan', 'Tengku', 'Tunku', 'Haji', 'Hajah',
]);

/** Honorifics that are an office in short, the holder's title as printed: "Cllr Ann Roe", "Coun Bo Tao"
 * (councillor, in British, Irish and Australian papers), "DC Ann Roe" (deputy commissioner). */
export const OFFICE_HONORIFICS = new Set(['Cllr', 'Coun', 'Cr', 'DC']);

/** Posts printed in short (headlines above all): "Gov. Obi", "CM Rao". A short post before a
 * surname names no one new. */
export const SHORT_POSTS = new Set(['CM', 'PM', 'Gov', 'Sen', 'Rep', 'VP', 'MP', 'MLA', 'DC']);

/** Words that end the name of a body or place inside a post: "Secretary of Municipal Administration
 * Ravi Das" → the body ends at Administration, the name follows. */
export const BODY_END_WORDS = new Set([
  'Committee', 'Congress', 'Conference', 'Council', 'Government', 'Administration', 'Ministry', 'Department', 'Bureau', 'Office', 'Commission',
  'Agency', 'Authority', 'Board', 'Court', 'Assembly', 'University', 'College', 'Institute', 'School', 'Hospital', 'Company', 'Group', 'Bank',
  'Association', 'Federation', 'Union', 'Police', 'City', 'Town', 'County', 'District', 'Province', 'State', 'Region', 'Area', 'Zone',
  'Division', 'Municipality', 'Works', 'Services', 'Affairs', 'Infrastructure', 'Survey', 'Development', 'Planning', 'Finance', 'Health', 'Education',
]);

/** A body named after a post and a comma continues the post: "Permanent Secretary, Ministry of
 * Works and Housing, Ann Roe". */
export const POST_BODY_CONTINUATION = /^, ((?:Ministry|Department|Office|Bureau|Agency|Directorate|Commission) of [^,.;]+)/;

/** Words before a post that make it a relation, not a title: "his deputy, Ann Roe". */
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Posts whose holder a later "the <post>" stands for only when no rank word sits before it:
 * "the Governor" is not the Deputy Governor. */
export const RANK_WORDS = new Set(['vice', 'deputy', 'assistant', 'associate', 'acting', 'executive', 'chief', 'former', 'first', 'senior']);

/** The honorifics and short posts as one alternation for a regular expression, longest first, so
 * "Datuk Seri" is read before "Datuk". */
export const HONORIFIC_ALTERNATION = [...HONORIFICS, ...SHORT_POSTS]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace('.', '\\.'))
  .join('|');

/** How plural nouns end and surnames seldom do, so a capitalised run ending so is the rest of a
 * body's name, not a person's: "of United Cities and Local Governments", "of the United Nations". */
export const NOUN_PLURAL = /(?:ments|tions|sions|ships|ities|ises|ances|ences)$/;

/** Capitalised words that stand inside a lower-case body's name: "new district Party working committee". */
export const BODY_NAME_CAPS = new Set(['Party', 'CPC', 'Communist', "People's", 'People’s']);

/** A word as a post's head reads it: "Mayor-Elect" is the mayor's post, not yet taken up. */
export const headWordOf = (word: string): string => word.toLowerCase().replace(/-elect$/, '');
