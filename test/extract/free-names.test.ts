// Names in running text without a title, read by the name model and the context around them, on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { freeNames } from '../../src/extract/people/free-names.js';
import { tokenize } from '../../src/extract/core/tokens.js';
import { entityNames, textSheets, sentenceNames as names } from '../helpers/sheets.js';

describe('names without a title', () => {
  it.each([
    ['据新华社记者孟庆林报道，大桥昨日通车。', ['孟庆林']],
    ['谭振宇说，今年的收成比去年好。', ['谭振宇']],
    ['秘书长安东尼奥·古特雷斯表示欢迎。', ['安东尼奥·古特雷斯']],
    ['外长拉夫罗夫今天抵达北京。', ['拉夫罗夫']],
    ['全体党员认真学习邓小平理论。', ['邓小平']],
    ['吴先生退休后常到公园散步。', ['吴']],
    // 老师 and 大夫 are how the surname is addressed, not a given name.
    ['王老师把作业发了下来。', ['王']],
    ['张大夫正在查房。', ['张']],
    // 施 ends 实施: 施吕 is no name before 总理.
    ['各地普遍实施吕总理倡导的节水措施。', ['吕']],
    // X家 is the family of X: the surname is the name the text gives.
    ['钱家今年盖了新房。', ['钱']],
    // 斯 ends no name here: 若尔丹 is one word, and 斯 stands inside it.
    ['若尔丹总理周二表示欢迎。', ['若尔丹']],
    // The subject opening a clause, with nothing else to go on.
    ['冉秋燕明白这次比赛的意义。', ['冉秋燕']],
    ['谈到未来，邬长顺坦言压力很大。', ['邬长顺']],
    ['他早年师从冼星航学习作曲。', ['冼星航']],
    // 从 comes before people as often as before places.
    ['从邬长顺的成长经历中，我们看到了坚持的力量。', ['邬长顺']],
    // The person himself, his kin: 本人, 之子 follow only people.
    ['这件事是冼国栋本人决定的。', ['冼国栋']],
    ['陶文斌之子今年考上了大学。', ['陶文斌']],
    ['他从邬建中那里借了一本书。', ['邬建中']],
    ['邻居邝秀英大娘每天早起锻炼。', ['邝秀英']],
    ['朴成浩此行将访问三座城市。', ['朴成浩']],
    ['山村姑娘杨秀英能歌善舞。', ['杨秀英']],
    // Two characters jieba's dictionary does not know, opening with a surname, read as a name.
    ['邝萍的画作在展览中获奖。', ['邝萍']],
    ['鞠林同志退休后仍关心厂里的事。', ['鞠林']],
    ['若尔丹总理周四晚在议会发言。', ['若尔丹']],
    // jieba cuts the surname off as a word and tags it a surname, though the given name is a word
    // too (国庆, 光明).
    ['沈国庆说，今年的收成不错。', ['沈国庆']],
    ['江光明说，这条路修好了。', ['江光明']],
    // jieba cuts a name of two characters into two words and calls the surname a verb (谢/v 璐).
    ['选手高翔、谢璐进入了决赛。', ['高翔', '谢璐']],
    // Three characters jieba does not know, opening with a surname, with little around them.
    ['厂长找到卢振川谈话。', ['卢振川']],
    // 化 mostly ends a word (绿化), but jieba reads the three characters as one unknown word.
    ['周化龙说，今年的收成不错。', ['周化龙']],
    // 才 ends given names as well as clauses.
    ['刘俊才说，今年的收成不错。', ['刘俊才']],
    // A transliterated name jieba knows, as the subject of a clause or after a word for a person.
    ['上个赛季，杰克打进了十二个球。', ['杰克']],
    ['球队的主力队员杰克，今年只有二十岁。', ['杰克']],
    // 傅 and 萧 are surnames as common as 肖.
    ['傅春林说，今年的雨水比往年多。', ['傅春林']],
    ['萧红梅同志的新作在京首演。', ['萧红梅']],
    // A word of the dictionary, which jieba tags a place; of three characters opening with a
    // surname, it is a name as often as not.
    ['市长在办公室会见周坤仁同志。', ['周坤仁']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([
    ['在全市营造崇尚科学、崇尚创新的氛围。'],
    ['代表团在莫斯科参观了一家工厂。'],
    ['这个产品的安全性得到了保证。'],
    // 家 after a surname is a family; after these it makes words.
    ['他在城里安家落户。'],
    ['商家纷纷打折促销。'],
    ['这位管家很能干。'],
    // 老师 is a word, and 任 after a numeral a measure word.
    ['我们班的老师很年轻。'],
    ['他先后担任过两任县长。'],
    // A figure, or a quotation mark, opens no clause.
    ['这5张卫星照片拍下了冰川的消退。'],
    ['“包公”戏在当地很受欢迎。'],
    ['他从广州回来了。'],
    // jieba tags the idiom as a name; no name is cut out of it.
    ['春天的公园里万紫千红。'],
    ['这本人物传记很受欢迎。'],
    // The whole of a title names a work.
    ['她主演的电影《柏晓红》下月上映。'],
    // A name that opens a body's name is part of that name.
    ['代表们走访了县福利院、柏晓红特殊教育服务中心。'],
  ])('finds no one in %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  // 和/c 夫人, 向/p 代表: a surname character that jieba reads as a word of its own, before a word,
  // is that word; it scores as no name even where a post or a list mark calls for one.
  it.each([
    ['来访的总统和夫人出席了欢迎宴会。', '和夫人'],
    ['市长向代表们介绍了城市的发展。', '向代表'],
  ])('scores %s low: %s opens with a word of its own', (sentence, candidate) => {
    const read = freeNames(sentence, tokenize(sentence), 0, -100).find((n) => n.name === candidate);
    expect(read?.score).toBeLessThan(1);
  });

  // jieba's HMM glued 当 to the surname (当钮 | 振华): a word of no dictionary, which cuts through no
  // word the surname belongs to.
  it('reads a name that jieba glued to the word before it', () => {
    expect(names('这一次，当钮振华说完，全场响起了掌声。')).toEqual(['钮振华']);
  });

  it('makes no Person of a bare surname, which names no one in particular', () => {
    const sheet = textSheets('测试标题\n\n■本报记者 张 三\n\n本报讯 吴先生退休后常到公园散步。')[0]!;
    expect(entityNames(sheet, 'Person')).toEqual(['张三']);
  });
});
