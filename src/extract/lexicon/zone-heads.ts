// Head words of places made for a purpose rather than administered: development zones, parks,
// science cities, avenues (松木经开区, 衡阳国家高新区, 湘南湘西高新软件产业园, 衡州大道). Scope: names a
// city paper prints for where projects land and events are held; longest forms first.
export const ZONE_HEADS = [
  '高新技术产业开发区', '经济技术开发区', '国家高新区', '经济开发区', '综合保税区', '高新区', '经开区', '开发区', '工业园区',
  '产业园', '工业园', '科技园', '软件园', '物流园', '科学城', '科技城', '示范区', '自贸区', '保税区', '新区', '大道',
];
