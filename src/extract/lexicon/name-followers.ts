// What may come right after a person's name in news text; a candidate name is accepted only when
// followed by one of these (or by punctuation), which is how 邓群策主持 is told from 邓群 + 策主持.
// The adverbs that stand between a list of people and its predicate (应邀, 分别) follow names too.
import { LIST_ADVERBS } from './participation.js';

const OWN: readonly string[] = [
  // 受县委书记甲委托, 甲等在主席台就座
  '委托', '就座', '就坐', '在座', '与会', '到会', '签订',
  '主持', '召开', '出席', '参加', '参会', '列席', '陪同', '表示', '指出', '强调', '要求', '说', '讲话', '致辞', '宣读', '介绍',
  '在', '为', '向', '与', '和', '及', '同', '等', '对', '就', '从', '于', '将', '是', '又', '并', '所', '的',
  '来', '来到', '到', '赴', '前往', '深入', '走访', '看望', '慰问',
  '调研', '考察', '视察', '检查', '督导', '调度', '会见', '接见', '听取', '肯定', '充分', '详细', '主动',
  '颁发', '作', '代表', '接受', '主讲', '担任', '当选', '任', '首先', '希望', '提出', '通报',
  '签署', '签约', '见证', '致', '感谢', '寄语', '宣布', '莅临', '今天', '昨日', '日前', '近日', '总书记', '同志', '发言', '点评',
  '作出', '批示', '回答', '答复', '开启', '启动', '按下', '揭牌', '授牌', '出发', '主导', '牵头', '负责', '分管', '此前', '透露',
];

export const NAME_FOLLOWERS: readonly string[] = [...new Set([...OWN, ...LIST_ADVERBS])];
