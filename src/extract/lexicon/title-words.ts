// Post words that end a title (市委副书记, 南华大学党委书记, 普奥云洲…有限公司董事长) and the
// modifiers that may stand inside one (原, 副, 常务). Scope: Chinese party, state, business and
// academic posts as local news prints them; longest forms first so 副书记 wins over 书记.

const POSTS = [
  '总书记', '副书记', '书记', '副市长', '市长', '副省长', '省长', '副县长', '县长', '副区长', '区长', '副镇长', '镇长', '乡长',
  '副主席', '主席', '副主任', '主任', '副部长', '部长', '副厅长', '厅长', '副局长', '局长', '副处长', '处长', '科长',
  '秘书长', '副会长', '会长', '副理事长', '理事长', '副董事长', '董事长', '总经理', '副总经理', '经理', '副校长', '校长',
  '副院长', '院长', '所长', '站长', '馆长', '社长', '总编辑', '台长', '团长', '队长', '支队长', '行长', '检察长', '庭长',
  '政委', '司令员', '委员', '常委', '调研员', '巡视员', '专家', '博士生导师', '导师', '教授', '博士', '领导', '总理', '主任委员',
  '组长', '副组长', '总工程师', '首席执行官',
  // 致公党某省委主委, 市政协党组成员, 基层党代表, 新华社某分社副总编, 市长助理, 行政长官, 政务司司长
  '主委', '副主委', '党组成员', '党代表', '人大代表', '总编', '副总编', '主编', '研究员', '助理', '行政长官', '司长', '副司长', '特首',
  // Autonomous prefectures and leagues (州长, 盟长), Inner Mongolia's banners (旗长), the Xinjiang
  // Production and Construction Corps' divisions (师长, 副政委), a task force's head (指挥长).
  '州长', '副州长', '盟长', '副盟长', '旗长', '副旗长', '师长', '副师长', '副政委', '指挥长', '副指挥长', '副乡长',
];

export const POST_WORDS: readonly string[] = [...POSTS].sort((a, b) => b.length - a.length);

/** Title words that a name can also carry after it: 习近平总书记, 张三同志, 王五代市长, 我委赵六副主任.
 * Longer forms first, so 代市长 is read whole rather than as 市长. */
export const POSTS_AFTER_NAME: readonly string[] = [
  '总书记', '同志', '总理', '代省长', '代市长', '代县长', '代区长', '副省长', '副市长', '副县长', '副区长', '副主席', '副主任',
  '主席', '书记', '省长', '市长', '县长', '区长',
];

/** Marks a post as held before: 南华大学原党委书记. */
export const FORMER_MARK = '原';

/** Words that may stand inside a title although jieba does not tag them as nouns. */
/** Words between a body and its post that say how the post is held, not where (市政府常务副市长,
 * 市人大常委会代主任, 大会执行主席, 专职副主席). */
export const HOLDING_MANNER: readonly string[] = ['常务', '代理', '代', '执行', '专职', '兼职', '驻会'];
/** Words that make another post of the one they stand before (副秘书长, 候补委员). */
export const RANK_PREFIXES: readonly string[] = ['副', '候补'];

export const TITLE_MODIFIERS = new Set(['原', '副', '常务', '党委', '党组', '老', '代', '首席', '执行', '特聘', '国家', '留美', '归国', '市', '省', '县', '区']);

/** Posts one person holds alone (市委书记, 县长, 主任): a run of names after one of them does not
 * share it, where 副主任甲、乙 or 执行主席甲、乙 do. */
export const SOLE_POSTS: readonly string[] = ['书记', '市长', '县长', '区长', '省长', '镇长', '乡长', '主任', '主席', '局长', '部长', '厅长', '院长', '校长', '董事长', '总经理', '秘书长', '行长', '检察长', '总理', '总书记'];
/** Words before a sole post that make it one held by several (副, 执行主席, 常务主席). */
export const SHARED_MARKS: readonly string[] = ['副', '执行', '常务'];
