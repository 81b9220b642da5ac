// Words that end the name of a meeting or event, with the kind of event each names; longest first.
// Scope: the meetings, activities and ceremonies Chinese local news reports.

const EVENT_NOUNS: ReadonlyArray<[string, string]> = [
  ['常务会议', 'meeting'], ['扩大会议', 'meeting'], ['视频会议', 'meeting'], ['专题会议', 'meeting'], ['工作会议', 'meeting'],
  ['全体会议', 'meeting'], ['联席会议', 'meeting'], ['调度会议', 'meeting'], ['调度会', 'meeting'], ['座谈会', 'meeting'],
  ['推进会', 'meeting'], ['现场会', 'meeting'], ['推介会', 'meeting'], ['洽谈会', 'meeting'], ['发布会', 'meeting'],
  ['交流会', 'meeting'], ['分享会', 'meeting'], ['报告会', 'meeting'], ['表彰会', 'meeting'], ['茶话会', 'meeting'],
  ['见面会', 'meeting'], ['恳谈会', 'meeting'], ['说明会', 'meeting'], ['听证会', 'meeting'], ['观摩会', 'meeting'],
  ['通报会', 'meeting'], ['汇报会', 'meeting'], ['培训会', 'meeting'], ['务虚会', 'meeting'], ['协调会', 'meeting'],
  ['研讨会', 'meeting'], ['论证会', 'meeting'], ['评审会', 'meeting'], ['誓师大会', 'meeting'], ['年会', 'meeting'],
  ['联欢会', 'activity'], ['晚会', 'activity'], ['故事会', 'activity'], ['运动会', 'competition'], ['博览会', 'activity'],
  ['交易会', 'activity'], ['展销会', 'activity'], ['展览会', 'activity'], ['招聘会', 'activity'], ['义诊', 'activity'], ['动员会', 'meeting'], ['部署会', 'meeting'], ['会议', 'meeting'], ['大会', 'meeting'], ['论坛', 'meeting'],
  ['峰会', 'meeting'], ['签约仪式', 'signing'], ['颁奖仪式', 'ceremony'], ['仪式', 'ceremony'], ['典礼', 'ceremony'],
  ['沙龙活动', 'activity'], ['活动周', 'activity'], ['活动', 'activity'], ['讲座', 'activity'], ['表演', 'activity'],
  ['文化节', 'activity'], ['决赛', 'competition'], ['大赛', 'competition'], ['比赛', 'competition'], ['竞赛', 'competition'],
  ['团拜会', 'meeting'], ['讲评会', 'meeting'], ['总结会', 'meeting'], ['对接会', 'meeting'], ['启动会', 'meeting'],
  ['誓师会', 'meeting'], ['学习会', 'meeting'], ['全会', 'meeting'], ['开幕式', 'ceremony'], ['闭幕式', 'ceremony'],
  ['开班式', 'ceremony'], ['结业式', 'ceremony'],
  ['邀请赛', 'competition'], ['调研', 'inspection'], ['考察', 'inspection'], ['视察', 'inspection'],
];

export const EVENT_NOUN_LIST: readonly string[] = EVENT_NOUNS.map(([w]) => w).sort((a, b) => b.length - a.length);

export function eventKind(name: string): string {
  for (const [noun, kind] of EVENT_NOUNS) if (name.endsWith(noun)) return kind;
  return 'meeting';
}

/** What is signed at a signing (签订合作框架协议, 签署战略合作备忘录). */
export const AGREEMENT_NOUNS: readonly string[] = ['协议书', '协议', '合同', '备忘录', '意向书', '责任书', '承诺书'];

/** Verbs that report a meeting being held; the second group only in the lead, where they tell the news. */
export const HOLD_VERBS = ['召开', '举行', '举办'];
export const LEAD_HOLD_VERBS = ['开展', '启动'];

/** Words of manner that stand between where an event is held and the verb that holds it
 * (在某某大剧院隆重开幕, 在会展中心顺利举行): no part of the place's name. */
export const MANNER_WORDS = ['隆重', '顺利', '正式', '胜利', '盛大', '圆满', '如期', '成功', '热烈', '庄严', '庄重', '再次', '首次', '同时', '分别', '集中', '联合', '共同', '专题', '实地'];

/** Verbs of a clause that may follow the place it names (在某镇开展…活动): the place ends before them. */
export const VENUE_CLAUSE_VERBS = [...HOLD_VERBS, '开展', '进行', '参观', '调研', '考察'];
