// What stands around a person's name in running text: words that follow names (说, 表示, 同志,
// 先生, posts) and words or marks that precede them (记者, 、, 会见, a post word). Each is a word
// list asked at a position (STRONG_AFTER.startsAt(text, end), LEFT_CUE.endsAt(text, start)), since
// candidates are many and a `(…)$` regex tried on the text before one scans all of it.
import { POST_WORDS } from '../lexicon/title-words.js';
import { WordList } from '../core/word-list.js';

const STRONG_AFTER_WORDS = [
  '同志', '先生', '女士', '小姐', '教授', '院士', '主席', '总理', '总统', '首相', '委员长', '副主席', '副总理', '总书记', '说', '表示',
  '指出', '强调', '认为', '介绍', '告诉', '回忆', '笑着', '今天', '昨天', '日前', '近日', '一行', '等人', '夫妇', '老师', '大夫', '书记',
  '部长', '省长', '市长', '县长', '局长', '经理', '董事长', '校长', '院长', '主任', '教练', '博士', '大使', '外长', '议员', '将军', '参赞',
  '代表', '总裁', '说道', '问', '答', '曾', '先后', '亲自', '也', '则', '却', '正', '又', '连忙', '赶紧',
  // 萨利宁外长, 曹振宇九段, 邝志远烈士: posts, ranks and honours written after the name.
  '副总统', '副总裁', '秘书长', '副秘书长', '议长', '副议长', '部长', '副部长', '外相', '天皇', '国王', '女王', '亲王', '王子', '公主',
  '元帅', '烈士', '初段', '二段', '三段', '四段', '五段', '六段', '七段', '八段', '九段',
  // 冉秋燕明白, 邬长顺坦言: what only a person does — thinks, feels, admits, urges, stars in.
  '坦言', '明白', '感到', '觉得', '知道', '相信', '承认', '声称', '敦促', '主演', '执导', '深信',
  // 冼国栋本人, 陶文斌之子, 从邬建中那里: the person himself, his kin, his place.
  '本人', '夫人', '之子', '之女', '之妻', '之父', '之母', '那里', '那儿', '此行', '一家',
  // 李秀英大娘: the forms of address a full name takes too.
  '大娘', '大爷', '大妈', '大婶', '阿姨', '大姐', '大哥', '大嫂', '师傅', '医生', '老人', '老汉',
];
// Words that tie a person to what follows: 邓小平理论, 毛泽东思想, 周恩来百年诞辰, 习近平新时代…思想.
const DOCTRINE = ['新时代中国特色社会主义思想', '理论', '思想', '主义', '诞辰', '逝世', '故居', '文选', '选集', '著作', '生平', '遗像', '铜像'];
export const NAME_COMPOUND_TAIL = new WordList(DOCTRINE);
/** A speech verb, a form of address or a post right after the name: 克林顿说, 张三同志. */
export const STRONG_AFTER = new WordList([...STRONG_AFTER_WORDS, ...DOCTRINE]);

/** A byline or a post right before the name: 记者王黎, 总统克林顿. */
export const STRONG_BEFORE = new WordList([
  '记者', '通讯员', '摄影', '特约记者', '实习生', '总统', '总理', '首相', '主席', '副主席', '外长', '部长', '大臣', '国王', '女王', '亲王',
  '王储', '秘书长', '委员长', '议长', '参议员', '众议员', '大使', '总督', '总书记', '书记', '市长', '省长', '县长', '教练', '主教练', '队长',
  '前锋', '后卫', '门将', '外援', '选手', '棋手', '运动员', '作家', '画家', '诗人', '导演', '演员', '歌手', '教授', '博士', '院士', '校长',
  '经理', '总裁', '董事长', '同志们', '先生', '女士',
]);
export const LEFT_CUE = new WordList([
  '、', '和', '与', '同', '及', '由', '向', '对', '给', '让', '请', '派', '被', '找', '跟', '会见', '看望', '慰问', '陪同', '会晤', '接见',
  '宣布', '任命', '授予',
  // 选举甲为主任, 补选乙为委员, 免去丙的职务: who is elected, appointed or relieved of a post.
  '选举', '推选', '推举', '补选', '增补', '提名', '聘任', '聘请', '免去', '称赞', '表彰', '悼念', '纪念', '学习', '研究', '主演', '作者', '编剧', '作曲', '译', '摄', '文／', '图／',
  '报道：', '队员', '球员', '主帅', '老伴', '妻子', '丈夫', '儿子', '女儿', '父亲', '母亲', '爷爷', '奶奶', '男友', '女友', '未婚夫', '未婚妻',
  '师从', '姑娘', '小伙', '少女', '遗孀', '主力', '单打', '裁判', '球王', '棋王',
]);
// Where a place stands rather than a person: 在莫斯科, 抵达伯尔尼, 莫斯科4月28日电.
export const PLACE_BEFORE = new WordList([
  '在', '到', '赴', '于', '抵达', '访问', '前往', '飞往', '离开', '来自', '途经', '首都', '位于', '新华社', '本报', '驻', '晴', '阴',
  '转', '云',
]);
const PLACE_AFTER_WORDS = new WordList([
  '举行', '召开', '市', '州', '省', '城', '镇', '村', '县', '地区', '国家', '人民', '政府', '方面', '当局', '境内', '时间', '湾', '河', '山', '岛', '港', '队',
  '大学', '晴', '阴', '多云', '雷', '阵雨', '小雨', '中雨',
]);
// Firms, institutes and laws named after people: 乔治·华盛顿大学, 赫尔曼基金会, 拉尼娜现象.
const BODIES_NAMED_AFTER = [
  '公司', '集团', '基金', '大学', '学院', '研究所', '医院', '银行', '俱乐部', '酒店', '饭店', '定律', '效应', '现象', '中心', '广场', '机场', '大街',
];
/** A body named after a person follows: what stands before it is not a person here. */
export const BODY_AFTER = new WordList(BODIES_NAMED_AFTER);
/** A body, prize or place named after a person follows (…基金会, …杯, …镇). */
export const NAMED_AFTER_PEOPLE = new WordList([...BODIES_NAMED_AFTER, '杯', '奖', '市', '镇', '村', '县', '州', '省', '城', '港', '湾', '河', '山', '岛']);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const DATE_CHARS = new Set(['月', '日']);
const DATELINE_ENDS = new Set(['电', '讯', '℃']);
// 莫斯科4月28日电 is a dateline's place, 雷阵雨17℃ a forecast; 沃尔科夫15日说 is a person and the
// day he spoke.
function datelineAt(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && k - i < 8 && (isDigit(text.charCodeAt(k)) || DATE_CHARS.has(text[k] as string))) k++;
  return k > i && DATELINE_ENDS.has(text[k] as string);
}
export const PLACE_AFTER = {
  /** A dateline or a word that goes with places (莫斯科4月28日电, 莫斯科市, 伏尔加河). */
  startsAt: (text: string, i: number): boolean => (isDigit(text.charCodeAt(i)) ? datelineAt(text, i) : PLACE_AFTER_WORDS.startsAt(text, i)),
};
/** A post, or a word for what a person is, ending right before the name: 市长, 球员, 作家. */
export const POST_END = new WordList([
  ...POST_WORDS, '人', '者', '家', '员', '手', '将', '星', '兵', '士', '生', '官', '长', '总统', '总理', '首相', '主席', '大使', '外长',
  '教练', '议员', '国王', '女王', '亲王', '王子', '公主', '总裁', '董事', '主教', '牧师',
]);

// 选举甲为主任，乙、丙为副主任; 甲当选为市政协主席; 甲、乙担任大会执行主席: the post a person is
// elected or appointed to, which 为 (当选, 担任) names after the name, up to the clause's end.
const APPOINTED_TO = /^(?:(?:以)?(?:全票|高票|满票)?当选为|(?:以)?(?:全票|高票|满票)?当选|担任|出任|为)([^，。；：、（）()“”]{2,30}?)(?=[，。；]|$)/;
const POST_WORD = new WordList(POST_WORDS);
// The characters APPOINTED_TO opens with: 为, 当(选), 担(任), 出(任), 以, 全(票), 高(票), 满(票).
const APPOINTING_OPENERS = new Set([...'为当担出以全高满'].map((c) => c.charCodeAt(0)));

/** The post 为 (当选, 担任) names right after `end` (甲为市人大常委会主任), as written, or null. */
export function appointedPostAt(text: string, end: number): { start: number; text: string } | null {
  const c = text.charCodeAt(end);
  if (!APPOINTING_OPENERS.has(c)) return null;
  const m = APPOINTED_TO.exec(text.slice(end, end + 34));
  if (!m) return null;
  const post = m[1] as string;
  return POST_WORD.endsAt(post, post.length) ? { start: end + m[0].length - post.length, text: post } : null;
}
