// Words that jieba tags as verbs or adverbs but that name a body's line of work inside its name
// (中国电子投资控股有限公司, 湖南衡峰通用航空服务有限公司, 高新投资集团). Scope: the trades and
// functions company and agency names carry; clause verbs (召开, 举行, 成立) are never here.
export const BODY_NAME_WORDS = [
  '控股', '通用', '投资', '建设', '开发', '管理', '服务', '运营', '经营', '制造', '设计', '咨询', '规划',
  '勘察', '监理', '保障', '保护', '促进', '研究', '检测', '交易', '融资', '担保', '物流', '贸易', '旅游', '改革',
  '创新', '创业', '孵化', '养老', '高新', '实业', '置业', '租赁', '营销', '印刷', '出版', '传媒',
];

// Conjunctions a body's name may hold between two of its words when it opens with a place
// (湖南省文化和旅游厅, 衡阳市住房和城乡建设局, 人力资源和社会保障局).
export const BODY_NAME_CONJUNCTIONS = ['和', '与'];
