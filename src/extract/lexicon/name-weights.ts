// The weights of the evidence a name with no post before it is scored on (people/free-names.ts): what
// the name model says of its characters, how jieba segmented and tagged it, and what stands around it.
// Set by hand against the seeds and the People's Daily figure; a trained model writes this same table
// (one number a feature), and the scorer reads whatever the table holds.

export const NAME_WEIGHTS = {
  /** The name model's log odds of the surname, and of the given name's characters summed. */
  surnameOdds: 0.5,
  givenOdds: 0.5,
  /** A surname and one character: a shape many ordinary words have. */
  oneGivenCharacter: -1.5,
  /** jieba reads the span whole: as a name (nr), as an unknown word of three characters or of two. */
  jiebaName: 2.5,
  jiebaUnknownLong: 2.5,
  jiebaUnknownShort: 1.5,
  /** … as a transliterated name (nrt), a proper noun of three characters, or another word. */
  jiebaForeign: 0,
  jiebaProperLong: 0,
  jiebaWord: -4,
  /** 凯恩斯主义: the name and the doctrine named after it are one word to jieba. */
  jiebaNameCompound: 1,
  /** 冼卫华说: jieba's unknown word ran on into the word after the name. */
  jiebaRunOn: 0.5,
  /** jieba cut the surname off alone: read as a surname (沈/nr 国庆), or as a word (和/c 夫人). */
  surnameReadAsName: 1,
  surnameReadAsWord: -3,
  /** A dictionary word runs from the surname past the span (幸福感). */
  wordRunsPast: -4,
  /** The surname is the tail of a longer word (对市 | 领导). */
  surnameEndsWord: -3,
  /** The given name's last character opens a longer word (王明天 → 天气). */
  givenOpensWord: -2.5,
  /** After the span: a strong cue (强调, 同志), or a word that may follow a name. */
  strongAfter: 2,
  followerAfter: 0.5,
  /** Before the span: a strong cue (记者), a post or another cue, a clause mark, another mark. */
  strongBefore: 2.5,
  cueBefore: 1.5,
  clauseOpening: 1,
  markBefore: 0.5,
  /** A place before the span, a place's or body's word after it. */
  placeBefore: -1.5,
  placeOrBodyAfter: -1.5,
  /** The learned tagger (extract/tagger), asked of a candidate near the threshold: it reads the span as
   * a name, as part of another entity (a team, a company, a place), or as no entity at all. Zero, so
   * it is never asked: measured at 2 / −2 / 0, People's Daily persons rose 0.843 → 0.848 and the dev
   * corpus's 0.980 → 0.982, but the seeds' fell 0.987 → 0.969 (温馨, 智慧 lifted to names); at
   * 0 / −2 / 0 (a veto only) the figures moved by 0.001 and extraction ran at 0.37 of jieba's speed
   * instead of 0.49 (README: "The learned tagger"). */
  taggerName: 0,
  taggerOther: 0,
  taggerNone: 0,
} as const;

export type NameFeature = keyof typeof NAME_WEIGHTS;
