// What a list of people did at an event, read from the predicate that governs the list: a table of
// predicate patterns (regular-expression sources, matched where the predicate starts) and the role
// each gives, each with a sentence of the kind it exists for. Source: the ways Chinese government
// news narrates who chaired, attended and spoke; longer forms before the shorter they hold.

export type ParticipationRole = 'PRESIDED' | 'ATTENDED' | 'SPOKE_AT';

export interface Predicate {
  pattern: string;
  role: ParticipationRole;
  example: string;
}

export const PREDICATES: readonly Predicate[] = [
  { pattern: '主持', role: 'PRESIDED', example: '市委书记王某主持会议并讲话' },
  { pattern: '担任[^，。；：]{0,10}主席', role: 'ATTENDED', example: '常务主席甲、乙担任本次会议执行主席' },
  { pattern: '(?:出席|参加|列席|参与)', role: 'ATTENDED', example: '市领导甲、乙、丙出席会议' },
  { pattern: '(?:参会|与会|到会|在座|就座|就坐|莅临)', role: 'ATTENDED', example: '县领导甲、乙等在主席台就座' },
  { pattern: '(?:陪同|的陪同下)', role: 'ATTENDED', example: '副县长甲、乙陪同调研' },
  { pattern: '(?:会见|会谈|座谈|见证|签署|签订|揭牌|颁奖|颁发|启动|开启|按下)', role: 'ATTENDED', example: '市委书记甲会见客商乙一行' },
  { pattern: '(?:看望|慰问|调研|考察|视察|走访|检查|督导|督查|来到|深入|走进|察看|调度)', role: 'ATTENDED', example: '市长甲来到乙镇调研' },
  { pattern: '开展[^，。；：]{0,24}?(?:检查|督导|督查|调研|暗访|巡查|行动|走访|慰问)', role: 'ATTENDED', example: '副县长甲率相关部门开展节前安全生产专项检查' },
  { pattern: '(?:讲话|致辞|强调|指出|表示|要求|发言|寄语|提出|总结|点评|部署)', role: 'SPOKE_AT', example: '县委书记甲指出' },
  { pattern: '致(?:欢迎|开幕|闭幕|贺|答谢|祝酒)?[辞词]', role: 'SPOKE_AT', example: '市长甲致欢迎辞' },
  { pattern: '致以[^，。；：]{0,8}(?:问候|祝贺|敬意|慰问|感谢)', role: 'ATTENDED', example: '县领导甲、乙等向委员们致以亲切的问候' },
  { pattern: '(?:同志)?关于[^。；]{1,60}?的[^，。；：]{0,8}?(?:汇报|报告|说明)', role: 'SPOKE_AT', example: '会议听取了局长甲同志关于某项工作的情况汇报' },
  { pattern: '(?:作|做)(?:《|[^，。；：]{0,16}(?:报告|讲话|说明|发言|部署|动员))', role: 'SPOKE_AT', example: '县长甲向大会作政府工作报告' },
  { pattern: '发表[^，。；：]{0,8}(?:讲话|致辞|演讲)', role: 'SPOKE_AT', example: '董事长甲发表讲话' },
  { pattern: '(?:作|做)的[^，。；]{0,60}?(?:报告|说明|讲话|汇报|发言)', role: 'SPOKE_AT', example: '会议听取了副主任甲作的关于《某条例》的说明' },
  { pattern: '(?:欢聚|共聚|齐聚|相聚)一堂', role: 'ATTENDED', example: '市委书记甲，市长乙与各界人士代表欢聚一堂' },
  { pattern: '(?:宣读|讲评|通报|介绍|汇报|传达|解读|宣布)', role: 'SPOKE_AT', example: '副书记甲宣读表彰决定' },
];

/**
 * What may stand between a list of people and its predicate, in order: a note on the last name
 * ((女)), 等 and a group word (等县领导), groups named after the list (，市直单位负责人，各界代表),
 * adverbs (也, 分别, 应邀), and a coverb phrase (在主席台前排, 对…进行了, 向大会, 受…委托, 代表…).
 */
/** What a leader's name is followed by when the people after it are the party led: 甲带领乙、丙赴某地考察. */
export const LEADING_WORDS = ['带领', '率领', '率'];
export const GROUP_ENDINGS: readonly string[] = [
  '代表', '负责人', '领导', '老领导', '同志', '干部', '成员', '委员', '人士', '群众', '嘉宾', '人员', '老同志', '专家', '院长', '检察长', '主任',
  '客商', '来宾', '企业家', '党员', '职工', '师生', '村民', '居民', '志愿者',
  // 及某局、某公司等部门单位考察组一行: the party a list of people leads.
  '考察组', '调研组', '工作组', '督导组', '检查组', '代表团', '考察团',
];
export const LIST_ADVERBS = [
  '也', '还', '均', '都', '分别', '一同', '一起', '共同', '先后', '应邀', '受邀', '专程', '亲切', '亲自', '再次', '一行', '随后', '当天', '同时',
  '率队', '带队', ...LEADING_WORDS, '实地', '现场', '随同', '一并', '专题', '认真',
];
export const COVERB_PHRASES = [
  '在[^，。；：、]{1,20}?', '对[^，。；：]{1,30}?进行了?', '对[^，。；：、]{1,24}?',
  // 率相关部门开展检查, 围绕优化营商环境等内容作大会发言, 就教育工作开展情况作了介绍
  `(?:${LEADING_WORDS.join('|')})[^，。；：、]{1,16}?`, '围绕[^。；：]{1,60}?', '就[^，。；：]{1,30}?', '向[^，。；：、]{1,16}?', '受[^，。；：]{1,20}?委托', '代表[^，。；：、]{1,20}?', '为[^，。；：、]{1,16}?', '与[^，。；：、]{1,16}?', '到[^，。；：、]{1,16}?', '赴[^，。；：、]{1,16}?'];

/** After the predicate, what says the person is only cited: 甲在某地调研时的讲话精神, 甲的重要指示. */
export const CITED_AFTER = '^[^，。；：]{0,10}(?:精神|指示|批示|要求的)';
/** Before the list in its clause, what says the people are only cited: 学习贯彻甲…讲话精神. */
export const CITED_BEFORE = '(?:学习|贯彻|传达|落实|领会|按照|根据|依据|遵照|围绕)[^，。；：]*$';

/**
 * A list after its predicate: 参加会议并在前排就座的有：甲、乙; 执行主席是（以姓氏笔画为序）：甲、乙;
 * 在主席台就座的还有甲，乙. The opening names those listed (的领导有), goes on (的还有) or ends in a
 * colon (的有：), so 需要强调的是 opens no list. The clause before holds the predicate; the people named
 * after it in the sentence are of the list unless a predicate of their own follows them.
 */
export const LIST_AFTER =
  '(?:的[省市县区州]?(?:领导|同志|人员|嘉宾|代表|负责人)还?(?:有|是|包括)(?:[（(][^）)]{1,12}[）)])?[：:]?|的还(?:有|包括)|的(?:有|是)(?:[（(][^）)]{1,12}[）)])?[：:]|(?:主席|主持人)还?是(?:[（(][^）)]{1,12}[）)])?[：:]?)';
