// Picks the main headline out of a headline block. Chinese papers stack a kicker (引题) above the
// main headline and sub-headlines below it; the main one is the line that reports the event.
//   朱忠明来衡调研时强调 / 扎实做好民生保障等工作      → the kicker ends with 强调
//   谋新招 出硬招 亮实招 全力确保… / 朱健主持召开专题会议  → the kicker is a slogan
//   构建和谐劳动关系 / 市律协举办…沙龙活动               → a short theme above an event line

const EVENT_VERB = /举行|召开|举办|启动|观看|出席|主持|开展|签约|签订|入选|落户|调研|考察|视察|调度|会见|看望|慰问|发布|颁奖|表彰|开幕|闭幕|成立/;

function isKicker(line: string, next: string): boolean {
  if (/(——|—|强调|指出|表示|要求)$/.test(line)) return true;
  // 谋新招 出硬招 亮实招: Chinese phrases set apart by spaces (English headlines have spaces anyway).
  if ((line.match(/[\u3400-\u9fff] (?=[\u3400-\u9fff])/g) ?? []).length >= 2) return true;
  const nextReports = EVENT_VERB.test(next) && !EVENT_VERB.test(line);
  if (nextReports && (line.length <= 10 || line.includes('，'))) return true;
  return false;
}

export interface HeadlineParts {
  title: string;
  kicker: string | null;
  subtitle: string | null;
}

export function pickHeadline(allLines: string[]): HeadlineParts {
  // An English byline printed under the headline is not a headline line.
  const lines = allLines.filter((l) => !/^By [A-Z]/.test(l));
  let titleIndex = 0;
  while (titleIndex < lines.length - 1 && isKicker(lines[titleIndex] ?? '', lines[titleIndex + 1] ?? '')) titleIndex++;
  const kicker = lines.slice(0, titleIndex).join(' ') || null;
  const subtitle = lines.slice(titleIndex + 1).join(' ') || null;
  return { title: lines[titleIndex] ?? '', kicker, subtitle };
}
