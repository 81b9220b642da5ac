// Word lists for names in English local-government news. Pinyin surnames: the common Chinese family
// names as Hanyu Pinyin spells them (Deng, Zhu, Ouyang), and the Cantonese spellings Hong Kong and
// Macao print (Lam, Leung, Wong). Scope: English editions of Chinese, Asian, African, British and
// American city news.

import { DIVISION_PINYIN } from './division-pinyin.js';

export const PINYIN_SURNAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng ' +
    'Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lyu Lv Ding Ren Shen Yao Lu Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng ' +
    'Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Mao Hao Gong Shao Wan Qian Kong Xiang Chang Wen Kang Niu Ge Xing An Qi ' +
    'Yi Qiao Pang Ni Zhuang Nie Yue Zhai Zhan Ou Geng Guan Lan Jiao Zuo Gan Bao Ning Shang Shu Ruan Ke Ji Mei ' +
    'Tong Ling Bi Shan Pei Huo Tu Miao Gu Sheng Qu Weng Ran Xin Chai Hua Pu Teng Rao Mu ' +
    'Ai You Nong Si Zhuo Jian Che Lian Mai Chu Lou Dou Cen Jing Dang Fei Bu Leng Xi Mi Bo Zong ' +
    'Gui Quan Ying Zang Min Gou Bian Luan Sui Diao Sha Rong Kou Sang Lang Zhen Cong Ao Ming She ' +
    'Chi Zha Kuang Ju Hui Le Nan Ban Lao Pi Xian Man Kan Qiang Shuai Piao Gai Zu Ba Zhi Qing Di Ping Suo Xuan ' +
    'Men Yun Lai Chao Rui Que Yong A Xiu Tai Hang Na Ru Ha Bin Jie Dan Zan Heng Dai Mo Hong ' +
    'Ouyang Sima Shangguan Zhuge Dongfang Huangfu Situ Xiahou Linghu Murong Gongsun ' +
    'Lam Leung Wong Chan Cheung Chow Lau Tsang Yeung Ng Tam Kwok Fung Yip Mak Tse Choi Tsui Law Lo Szeto Chiu Poon Fok Yuen Kwan Siu Lee'
  ).split(' '),
);

/** A pinyin given name: one to three syllables run together (Jiahao, Xiaoyu, Mingyuan). */
const PINYIN_SYLLABLE = '(?:(?:[bpmfdtnlgkhjqxrzcswy]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v))';
export const PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}+$`, 'i');
/** A given name of one or two syllables, as one-word names print it (Wangqiang: qiang). */
export const PINYIN_GIVEN_SHORT = new RegExp(`^${PINYIN_SYLLABLE}{1,2}$`, 'i');

export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Function words a sentence or a phrase may open with a capital: never part of a name after them. */
export const FUNCTION_WORDS: readonly string[] = [
  'The', 'A', 'An', 'On', 'In', 'At', 'By', 'Of', 'For', 'To', 'With', 'From', 'And', 'But', 'Or', 'As', 'If', 'When', 'While', 'After', 'Before',
  'During', 'Also', 'Then', 'Later', 'Meanwhile', 'However', 'Yesterday', 'Today', 'Tomorrow', 'Only', 'Other', 'Both', 'All', 'Some', 'Many',
  'Several', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our', 'He', 'She', 'They', 'It', 'We', 'I', 'You', 'According',
];

/** Words that start with a capital but are not part of a name in this news. */
export const NOT_NAME_WORDS = new Set([
  ...FUNCTION_WORDS,
  'City', 'County', 'Province', 'District', 'State', 'Party', 'Committee', 'Municipal', 'Government', 'People', 'Congress', 'Communist', 'China',
  'Chinese', 'CPC', 'Xinhua', 'Standing', 'Plan', 'Action', 'Reform', 'Meeting', 'Conference', 'Council', 'Hall', 'House', 'Assembly', 'Ward',
  ...WEEKDAYS,
  // Verbs a title-case headline prints after a name: "Secretary Lin Meets Ann Roe", "Mayor Bo Visits Qingshan".
  ...['Meets', 'Visits', 'Inspects', 'Holds', 'Attends', 'Chairs', 'Receives', 'Welcomes', 'Presides', 'Hosts', 'Leads', 'Signs', 'Opens', 'Urges', 'Stresses', 'Calls', 'Says', 'Investigates', 'Elects', 'Launches', 'Tours'],
  ...MONTHS,
]);

/** Weekday and month words that are also given names (Monday Eze): a name only where the slot
 * already says a name follows (after a post and a comma, after an honorific). */
export const CALENDAR_GIVEN_NAMES = new Set(['Monday', 'Friday', 'Sunday', 'April', 'May', 'June', 'July', 'August']);

/** Places whose two words read as a pinyin name: "as Hong Kong marks …" is no person. China's
 * provinces and prefecture-level cities written as one word read as a surname and a given name run
 * together (Hunan: Hu + nan), so a one-word pinyin name is never one of them: the generated table
 * of all of them, and the English spellings that are not their pinyin. */
export const PLACES_LIKE_NAMES = new Set([
  'Hong Kong', 'Xi An', 'Hai Nan', 'He Nan', 'He Bei', 'Hu Nan', 'Hu Bei', 'Shan Xi', 'Jiang Su',
  ...DIVISION_PINYIN,
  'Harbin', 'Urumqi', 'Hohhot', 'Lhasa', 'Tibet', 'Xizang', 'Macao', 'Macau', 'Taiwan', "Xi'an", 'Shaanxi', 'Inner Mongolia',
]);
