// The words a paper prints before or after the names it credits, and the role each gives: bylines
// (■本报记者 陈润), datelines (本报讯(记者 X 通讯员 Y)), credit lines (编 辑:X, 三审:Y) and photo credits.
// Source: the credit shapes of Chinese city, provincial and agency news; simplified forms only (a
// traditional page is read through its simplified copy).

export type ReporterRole = 'reporter' | 'correspondent' | 'photographer' | 'editor';

/** A label printed before names: 记者, 编辑:, 文/. Longer labels first where one holds another. */
export const CREDIT_LABELS: ReadonlyArray<readonly [string, ReporterRole]> = [
  ['摄影记者', 'photographer'],
  ['全媒体记者', 'reporter'],
  ['融媒体记者', 'reporter'],
  ['特约记者', 'reporter'],
  ['首席记者', 'reporter'],
  ['见习记者', 'reporter'],
  ['实习记者', 'reporter'],
  ['主任记者', 'reporter'],
  ['本报记者', 'reporter'],
  ['记者', 'reporter'],
  ['实习生', 'reporter'],
  ['特约通讯员', 'correspondent'],
  ['本报通讯员', 'correspondent'],
  ['通讯员', 'correspondent'],
  ['摄影', 'photographer'],
  ['责任编辑', 'editor'],
  ['值班编辑', 'editor'],
  ['编辑', 'editor'],
  ['责编', 'editor'],
  ['编审', 'editor'],
  ['初审', 'editor'],
  ['一审', 'editor'],
  ['二审', 'editor'],
  ['三审', 'editor'],
  ['终审', 'editor'],
  ['审核人', 'editor'],
  ['审核', 'editor'],
  ['审稿人', 'editor'],
  ['审稿', 'editor'],
  ['转载', 'editor'],
  ['审校', 'editor'],
  ['校对', 'editor'],
  ['作者', 'reporter'],
  ['撰稿', 'reporter'],
  ['撰文', 'reporter'],
  ['发稿人员', 'reporter'],
  ['发稿人', 'reporter'],
];

/** One-character labels, labels only with a mark after them (文/X, 图:X, 摄:X). */
export const SHORT_LABELS: ReadonlyArray<readonly [string, ReporterRole]> = [
  ['图文', 'reporter'],
  ['文', 'reporter'],
  ['图', 'photographer'],
  ['摄', 'photographer'],
];

/** Words after names that give them a role: `X 摄`, `X/图`, `X 文`; 报道 closes a dateline's list. */
export const CREDIT_SUFFIXES: ReadonlyArray<readonly [string, ReporterRole | null]> = [
  ['文/图', 'reporter'],
  ['摄影', 'photographer'],
  ['摄', 'photographer'],
  ['图', 'photographer'],
  ['文', 'reporter'],
  ['报道', null],
  ['报导', null],
  ['编辑', 'editor'],
];

/** Fields of a credit line that name no person: 来源:X, 发布时间:X, 浏览次数:. */
export const METADATA_FIELDS = ['来源', '发布时间', '发稿时间', '发稿单位', '发布', '时间', '日期', '浏览次数', '浏览', '点击数', '点击', '查看', '阅读', '字号', '稿源'];

/** How the name of an outlet ends (某某日报记者 X, 山东台 X, 某县融媒体中心 X): skipped, not a name. */
export const OUTLET_ENDINGS = ['日报', '晚报', '报', '社', '台', '网', '云', '新闻', '融媒', '融媒体', '中心', '站', '客户端', '频道', '杂志'];

/** Notes printed after a name in a credit: 刘姝彤(实习). */
export const NAME_NOTES = ['实习', '实习生', '见习'];

/** How the name of an office a credited person works in ends: 图文：区政协联络科 甲, 县委宣传部 乙. */
export const OFFICE_ENDINGS = ['科', '处', '室', '办', '局', '部', '委', '中心', '站', '所', '队', '组'];
