// Abbreviated bodies of a city as local papers print them, and their full names; `{city}` is the
// city of the page (衡阳), `{province}` its province, `{county}` its county or district (衡东县).
// Scope: the party, congress, government and CPPCC of a city, county or province; other `市X局`-style
// names expand by the generic rule in resolve-body.

// The bodies of a county or district, written after its level (县委, 区政府), once for both levels;
// `{county}` ends in the level's own character (衡东县 → 中共衡东县委).
const COUNTY_BODIES: ReadonlyArray<[string, string, OrganizationKind]> = [
  ['委常委会', '中共{county}委常委会', 'party'],
  ['委', '中共{county}委', 'party'],
  ['纪委', '中共{county}纪委', 'party'],
  ['人大常委会', '{county}人大常委会', 'congress'],
  ['政府', '{county}人民政府', 'government'],
  ['人民政府', '{county}人民政府', 'government'],
  ['政协', '政协{county}委员会', 'cppcc'],
];

export const CITY_BODY_ABBREVIATIONS: ReadonlyArray<[string, string, OrganizationKind]> = [
  ['市委常委会', '中共{city}市委常委会', 'party'],
  ['市委', '中共{city}市委', 'party'],
  ['市纪委', '中共{city}市纪委', 'party'],
  ['市人大常委会', '{city}市人大常委会', 'congress'],
  ['市人大', '{city}市人民代表大会', 'congress'],
  ['市政府', '{city}市人民政府', 'government'],
  ['市人民政府', '{city}市人民政府', 'government'],
  ['市政协', '政协{city}市委员会', 'cppcc'],
  ...(['县', '区'] as const).flatMap((level) => COUNTY_BODIES.map(([abbr, template, kind]) => [level + abbr, template, kind] as [string, string, OrganizationKind])),
  ['省委', '中共{province}省委', 'party'],
  ['省政府', '{province}省人民政府', 'government'],
  ['省人大常委会', '{province}省人大常委会', 'congress'],
  ['省政协', '政协{province}省委员会', 'cppcc'],
];

// The national bodies papers name without a place, and their full names; 中央 alone is the party
// centre only where it stands as a body (落实中央、省委决策部署), which organizations.ts checks.
export const NATIONAL_BODIES: ReadonlyArray<[string, string, OrganizationKind]> = [
  ['党中央', '中共中央', 'party'],
  ['中共中央', '中共中央', 'party'],
  ['中央', '中共中央', 'party'],
  ['中国共产党', '中国共产党', 'party'],
  ['国务院', '国务院', 'government'],
  ['全国人大常委会', '全国人大常委会', 'congress'],
  ['全国人大', '全国人民代表大会', 'congress'],
  ['全国政协', '中国人民政治协商会议全国委员会', 'cppcc'],
];

/** Posts whose body is a national one when the title names none: 习近平总书记 → 中共中央. */
export const NATIONAL_POSTS: Readonly<Record<string, string>> = { 总书记: '中共中央', 总理: '国务院', 副总理: '国务院' };

export type OrganizationKind =
  | 'party'
  | 'government'
  | 'congress'
  | 'cppcc'
  | 'school'
  | 'company'
  | 'association'
  | 'media'
  | 'military'
  | 'other';

/** The kind of a body told by how its name ends (…大学 is a school, …有限公司 a company). */
export const KIND_BY_SUFFIX: ReadonlyArray<[RegExp, OrganizationKind]> = [
  [/(党委|党组|市委|省委|县委|区委|纪委|(?<!人大)常委会|深化改革委员会)$|^中共/, 'party'],
  [/人大|人民代表大会/, 'congress'],
  [/政协/, 'cppcc'],
  [/(大学|学院|学校|中学|小学|教育集团)$/, 'school'],
  [/(公司|集团|企业|厂)$/, 'company'],
  [/(协会|学会|科协|联合会|商会|律协)$/, 'association'],
  [/(日报社|报社|电视台|广播电视台)$/, 'media'],
  [/(警备区|军分区|部队|支队)$/, 'military'],
  [/(政府|局|厅|办公厅|办公室|委员会|管委会|部|院|署|中心)$/, 'government'],
];

/** The head words that end a body's name and say what kind of body it is (…有限公司, …委员会, …局). */
export const BODY_HEADS: readonly string[] = [
  '有限责任公司', '股份有限公司', '有限公司', '集团公司', '公司', '集团', '教育集团', '大学', '学院', '研究院', '研究所', '研究中心',
  '委员会', '常委会', '管委会', '办公厅', '办公室', '宣传部', '组织部', '统战部', '政法委', '纪委', '监委', '卫健委', '发改委',
  '局', '厅', '协会', '学会', '联合会', '科协', '商会', '剧团', '日报社', '报社', '电视台', '医院', '银行', '法院', '检察院',
  '中学', '小学', '党委', '党组', '支队', '警备区', '军分区', '国务院', '人民政府', '政府', '律师协会', '律协',
  // Institutions: homes, museums, schools' campuses, service centres, works.
  '福利院', '敬老院', '养老院', '养老公寓', '科技馆', '图书馆', '博物馆', '纪念馆', '幼儿园', '卫生院', '福利中心', '服务中心',
  '辅导中心', '工艺厂', '厂', '校区', '工作处',
];
