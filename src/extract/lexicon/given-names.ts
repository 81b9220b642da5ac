// Characters common in Chinese given names (男女常用名用字), and characters that practically never
// stand in one. Written from the common-name-character lists of Chinese naming guides; the second
// list is function words and measure words that mark the end of a name in running text.

export const GIVEN_NAME_CHARS = new Set(
  (
    '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红文辉建国志民林海东兰云春荣波斌宇飞鹏龙晓俊浩亮凤德兴成新宏永光福生峰金庆' +
    '莉梅琳燕丹欣婷雪慧颖琴洁晶倩佳嘉怡悦蕾瑶薇娅妍婉蓉蓓璐菲萌楠琪露月翠淑珍珠琼芬芝莲菊凤娥' +
    '鑫毅俊峻骏健瑞祥昌盛富贵安康泰宁和顺利发旺达志远航博涛泽浩然翔宇鸿振江河山川石岩森松柏杨槐桦' +
    '忠孝仁义礼智信诚勤俭良善贤德才学思哲睿聪敏捷锐锋钢铁铭铮锦绣红丹青翠蓝紫彩霞虹云霖雨雷电风' +
    '光辉耀晖旭晨曦阳明朗亮昊晟昕景晓东南西北中华夏国家邦民众生长寿永恒久远广大宏伟雄豪杰英俊秀美' +
    '世纪元正方圆立建树培育治理平安定清廉洁白玉金银宝珍珠琳琅琦琛瑾瑜璋瑛琼瑶璇璐珊琪' +
    '卫兵武斌彬文韬略谋策群众力劲功勋章章程序彦博涵润泓淳澄清溪沛洪涌波涛浪海洋湖泉源汉沧' +
    '小少幼一二三四五六七八九十百千万双子之'
  ).split(''),
);

export const NON_NAME_CHARS = new Set(
  '的了是在和与等及或而但却也都就还又才把被让给对向从于为着过地得这那哪谁什么个们每各某该本此其些吗呢吧啊呀哦嗯年月日时分秒号省市县区乡镇村街路感性化度率界式型量'.split(''),
);

/** Characters used to write foreign names in Chinese (克林顿, 叶利钦, 卡莱维·海米莱). */
export const TRANSLITERATION_CHARS = new Set(
  (
    '阿埃艾爱安昂奥巴拜班邦贝本比彼毕波伯博布查达戴丹德登迪蒂丁顿多厄恩尔法范菲费芬丰佛弗夫福盖甘冈戈格根古瓜哈海汉豪赫亨胡华怀惠霍吉' +
    '基加贾杰金居卡凯坎康考柯科可克肯库拉莱兰朗劳勒雷蕾黎里利莉连列林琳卢鲁路伦罗洛马玛迈麦曼梅门蒙米密明摩莫默姆穆纳娜奈南内尼' +
    '涅宁纽努诺欧帕潘佩彭皮珀普奇齐契乔琼丘萨塞赛桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐特提汀图托瓦万威韦维温沃乌伍西希锡夏谢辛休' +
    '雅亚扬耶伊英尤约泽扎詹兹佐'
  ).split(''),
);
