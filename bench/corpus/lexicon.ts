// Word lists the corpus generator draws from: invented for the benchmark, shaped like what a
// Chinese city paper prints (cities, counties, bodies, posts, meetings, documents, filler clauses).
// People are not listed: names are built from SURNAMES × GIVEN_CHARS, so no real name is copied.

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严'.split('');

export const GIVEN_CHARS = '建国明华志军伟平文德永庆光晓红丽新春海涛峰磊斌俊杰宏辉勇刚亮锋振兴跃进瑞祥嘉宁静怡琳慧敏芳婷雪梅兰英秀凤玉洁宇浩然鹏飞翔云龙腾达成立远卫东南北学思正清泉金山林森'.split('');

/** Cities a page may be about, with counties and districts that lie in them. */
export const CITIES: ReadonlyArray<{ city: string; counties: string[] }> = [
  { city: '株洲', counties: ['醴陵市', '攸县', '茶陵县', '炎陵县', '渌口区'] },
  { city: '湘潭', counties: ['湘乡市', '韶山市', '湘潭县', '雨湖区', '岳塘区'] },
  { city: '邵阳', counties: ['武冈市', '邵东市', '新邵县', '隆回县', '洞口县'] },
  { city: '岳阳', counties: ['汨罗市', '临湘市', '华容县', '湘阴县', '平江县'] },
  { city: '常德', counties: ['津市市', '安乡县', '汉寿县', '澧县', '桃源县'] },
  { city: '益阳', counties: ['沅江市', '南县', '桃江县', '安化县', '赫山区'] },
  { city: '郴州', counties: ['资兴市', '桂阳县', '宜章县', '永兴县', '嘉禾县'] },
  { city: '永州', counties: ['祁阳市', '东安县', '双牌县', '道县', '江永县'] },
  { city: '怀化', counties: ['洪江市', '沅陵县', '辰溪县', '溆浦县', '会同县'] },
  { city: '娄底', counties: ['冷水江市', '涟源市', '双峰县', '新化县', '娄星区'] },
  { city: '九江', counties: ['瑞昌市', '共青城市', '武宁县', '修水县', '永修县'] },
  { city: '赣州', counties: ['瑞金市', '龙南市', '信丰县', '大余县', '上犹县'] },
];

/** Leaders of a city who preside: party secretary, mayor, executive vice-mayor, NPC and CPPCC chairs. */
export const LEADER_POSTS = 5;

/** Who presides over which meeting: leader is an index into a roster's leaders (0 the party secretary, 1 the mayor). */
export const PRESIDER_TITLES: ReadonlyArray<{ titles: string[]; meeting: string; headline: string; leader: number }> = [
  { titles: ['市委书记'], meeting: '市委常委会会议', headline: '市委常委会召开会议', leader: 0 },
  { titles: ['市委书记'], meeting: '市委常委会扩大会议', headline: '市委常委会召开扩大会议', leader: 0 },
  { titles: ['市委副书记', '市长'], meeting: '市政府常务会议', headline: '市政府召开常务会议', leader: 1 },
  { titles: ['市委副书记', '市长'], meeting: '市政府专题会议', headline: '市政府召开专题会议', leader: 1 },
  { titles: ['市委常委', '常务副市长'], meeting: '全市安全生产工作会议', headline: '全市安全生产工作会议召开', leader: 2 },
  { titles: ['市人大常委会主任'], meeting: '市人大常委会主任会议', headline: '市人大常委会召开主任会议', leader: 3 },
  { titles: ['市政协主席'], meeting: '市政协主席会议', headline: '市政协召开主席会议', leader: 4 },
];

export const ATTENDEE_LEADS = ['市领导', '市领导', '市委常委', '副市长'];

export const BODIES = [
  '市发展改革委', '市教育局', '市科技局', '市工信局', '市公安局', '市民政局', '市财政局', '市人社局', '市自然资源局',
  '市生态环境局', '市住建局', '市交通运输局', '市水利局', '市农业农村局', '市商务局', '市文旅广体局', '市卫健委',
  '市应急管理局', '市市场监管局', '市统计局', '市医保局', '市城管局', '市信访局', '市退役军人事务局',
];

export const VENUES = ['市民中心', '会议中心', '市委大礼堂', '文化艺术中心', '体育中心', '高新区创新创业中心', '市博物馆', '国际会展中心'];

export const TOWNS = ['城关镇', '金桥镇', '石门乡', '新塘镇', '白沙镇', '长乐乡', '东湖镇', '清水镇', '青山镇', '太平乡'];

export const TOPICS = ['乡村振兴', '防汛抗旱', '安全生产', '项目建设', '产业发展', '生态环境保护', '民生实事', '招商引资', '疫情防控', '文明创建', '营商环境优化', '城市更新'];

export const DOCUMENT_STEMS = [
  '关于加快推进{topic}工作的实施意见', '{city}市{topic}三年行动方案', '关于进一步优化{topic}的若干措施',
  '{city}市{year}年{topic}工作要点', '{city}市“十四五”{topic}规划', '关于支持{topic}的十条政策',
];

export const ACTIVITIES = ['全民健身运动会', '科技活动周', '文化旅游节', '招商推介会', '职业技能大赛', '读书月活动', '志愿服务活动', '农民丰收节'];

export const COMPANIES = ['湘江智能装备有限公司', '南岭新材料有限公司', '云帆数字科技有限公司', '长岭生物医药有限公司', '青禾农业发展有限公司', '华湘建设集团有限公司'];

/** Clauses of the body paragraphs: 会议强调，{clause}；{clause}。 */
export const CLAUSES = [
  '要坚持以人民为中心的发展思想，切实把各项惠民举措落到实处',
  '要聚焦重点任务，压实工作责任，确保各项目标按期完成',
  '要加强统筹协调，形成上下联动、齐抓共管的工作格局',
  '要树牢底线思维，防范化解各类风险隐患',
  '要持续优化营商环境，激发市场主体活力',
  '要加快重大项目建设，推动经济高质量发展',
  '要强化督查考核，以钉钉子精神抓好落实',
  '要深化改革创新，破解制约发展的瓶颈问题',
  '要坚持问题导向，举一反三抓好整改',
  '要加强干部队伍建设，提升履职能力和服务水平',
  '要统筹发展和安全，守牢安全生产底线',
  '要广泛宣传发动，营造全社会共同参与的良好氛围',
  '要积极争取上级支持，用足用好各项政策',
  '要加大资金投入，保障重点领域和关键环节',
  '要推进数字化转型，提高治理效能',
  '要关心关爱基层一线，及时解决群众急难愁盼问题',
];

export const OPENERS = ['会议强调', '会议指出', '会议要求', '会议认为', '会上', '会议听取了相关工作汇报'];

export const TIMES = ['上午', '下午', ''];

export const SPEECH_VERBS = ['强调', '指出', '表示', '要求'];
