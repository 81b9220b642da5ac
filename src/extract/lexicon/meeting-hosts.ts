// Words a meeting's name opens with that say whose meeting it is when it names no body
// (全市安全生产工作会议 is the page's city's). Scope: the levels of Chinese government.

export type HostLevel = 'country' | 'province' | 'city' | 'county';

export const MEETING_LEVEL_WORDS: ReadonlyArray<[string, HostLevel]> = [
  ['全国', 'country'],
  ['全省', 'province'],
  ['全市', 'city'],
  ['全县', 'county'],
  ['全区', 'county'],
];
