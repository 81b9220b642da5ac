// Word lists for English news about Chinese local government. Pinyin surnames: the common Chinese
// family names as Hanyu Pinyin spells them (Deng, Zhu, Ouyang). Titles: the posts English
// editions print before or after names. Scope: official English-language Chinese news style.

export const PINYIN_SURNAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng ' +
    'Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lyu Lv Ding Ren Shen Yao Lu Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng ' +
    'Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Shi Tao Li Mao Hao Gong Shao Wan Qian Yan Qin Kong Xiang Tang Chang Wen Kang Shi Niu Ge Xing An Qi ' +
    'Yi Qiao Wu Pang Ni Zhuang Nie Zhang Lu Yue Zhai Yin Zhan Shen Ou Geng Guan Lan Jiao Yu Zuo Liu Gan Zhu Bao Ning Shang Fu Shu Ruan Ke Ji Mei ' +
    'Tong Ling Bi Shan Ji Pei Huo Tu Cheng Miao Gu Sheng Qu Weng Ran Luo Lan Lu Xin Jin Guan Chai Meng Bao Hua Yu Qi Pu Fang Teng Qu Rao Xie Mu ' +
    'Ai You Yang Shi Mu Nong Si Zhuo Gu Ji Miao Jian Che Xiang Lian Lu Mai Chu Lou Dou Qi Cen Jing Dang Gong Fei Bu Leng Yan Xi Wei Mi Bo Zong Qu ' +
    'Gui Quan Tong Ying Zang Min Gou Wu Bian Bian Ji Shi He Qiu Luan Sui Shang Diao Sha Rong Wu Kou Sang Lang Zhen Cong Zhong Yu Ao Gong Ming She ' +
    'Chi Zha Ma Yuan Chi Kuang Guan Feng Tan Kuang Ju Hui Jing Le Ji Yu Xu Nan Ban Chu Yuan Li Yan Chu Yan Lao Chen Xi Pi Su Xian Lin Lou Pan Man ' +
    'Wen Wei Li Yi Tong Ou Gao Kan Hua Quan Qiang Shuai Tu Dou Piao Gai Lian Lian Yu Jing Zu Qi Ba Feng Zhi Qing Guo Di Ping Ji Suo Xuan Jin Xiang ' +
    'Chu Men Yun Rong Jing Lai Hu Chao Rui Du Pu Que Pu Ge Fu Lu Bo Di Yong Gu Yang A Wu Mu Qiu Qi Xiu Tai He Hang Kuang Na Su Xian Yin Lu Long Ru ' +
    'Zhu Zhan Mu Wei Yu Yin Kang Ji Gong Ha Zhan Bin Rong Gou Mao Li Hu Ju Jie Gan Dan Wei Ye Si Yuan Shu Tan Yi Xin Zhan Yin Zan Zhi Xing Feng ' +
    'Zhi Heng Fu Yao Bi You Dai Mo Lai Hong Qi Nie Huo Kang Ouyang Sima Shangguan Zhuge Dongfang Huangfu Situ Xiahou Linghu Murong Gongsun'
  ).split(' '),
);

/** Posts printed before a name: Mayor Zhu Jian, Vice Governor Wang Wei. Longest first. */
export const TITLE_BEFORE = [
  'Party secretary', 'Party Secretary', 'Vice Mayor', 'Vice-mayor', 'Vice Governor', 'Vice-governor', 'Deputy Mayor', 'Executive Vice Mayor',
  'Mayor', 'Governor', 'Secretary', 'Chairman', 'Chairwoman', 'Vice Chairman', 'Vice-chairman', 'Director', 'Deputy Director', 'Minister',
  'Vice Minister', 'Premier', 'Vice Premier', 'President', 'Vice President', 'Professor', 'Dean', 'Principal', 'Commissioner', 'County head',
  'District head', 'General Manager', 'Chief', 'Dr.', 'Mr.', 'Ms.', 'Mrs.',
].sort((a, b) => b.length - a.length);

/** Title words that end a post phrase after a name: ", Party secretary of Hengyang," */
export const POST_WORD = /\b(secretary|mayor|governor|chairman|chairwoman|director|minister|premier|president|head|chief|leader|professor|dean|principal|commissioner|manager|member|officials?)\b/i;

export const MEETING_NOUN = /\b(executive meeting|standing committee meeting|plenary session|work conference|symposium|meeting|session|conference|forum|ceremony|seminar|summit|event|inspection)\b/i;

/** Words that start with a capital but are not part of a name in this news. */
export const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'Also', 'He', 'She', 'They', 'It', 'City', 'County', 'Province', 'District', 'Party', 'Committee', 'Municipal',
  'Government', 'People', 'Congress', 'Communist', 'China', 'Chinese', 'CPC', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Xinhua',
  'Standing', 'Plan', 'Action', 'Reform', 'Meeting', 'Conference',
]);
