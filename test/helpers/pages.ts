// Newspaper pages written for the tests (not taken from the seeds): the shape of a city paper's
// page, with other cities, people and bodies, in simplified and traditional characters.
export const SIMPLIFIED_PAGE = `
区委常委会召开扩大会议

■本报记者 王晓东

本报讯 3月15日上午，区委书记周立新主持召开区委常委会扩大会议，研究部署今年重点工作。区委副书记、区长孙海涛，区领导刘建华、陈思远出席。

会议审议了《关于加快推进城市更新的实施意见》。

县政府召开常务会议

■本报记者 赵敏

本报讯 3月16日下午，县长郑国强主持召开县政府常务会议，副县长黄文斌、林志明出席。
`;

/** The same page in traditional characters, as a Hong Kong or Taiwan site would print it. */
export const TRADITIONAL_PAGE = `
區委常委會召開擴大會議

■本報記者 王曉東

本報訊 3月15日上午，區委書記周立新主持召開區委常委會擴大會議，研究部署今年重點工作。區委副書記、區長孫海濤，區領導劉建華、陳思遠出席。

會議審議了《關於加快推進城市更新的實施意見》。

縣政府召開常務會議

■本報記者 趙敏

本報訊 3月16日下午，縣長鄭國強主持召開縣政府常務會議，副縣長黃文斌、林志明出席。
`;

/** The page as an e-paper site saves it: navigation, scripts and a footer around the article. */
export function htmlPage(body: string, charset = 'utf-8'): string {
  const paragraphs = body
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="${charset}"><title>数字报</title>
<script>var nav = "首页 | 上一版 | 下一版"; document.write(nav);</script>
<style>body { font-size: 14px; }</style></head>
<body>
<nav><a href="/">首页</a> <a href="/prev">上一版</a> <a href="/next">下一版</a> 市委书记不存在</nav>
<header>日报 第01版：要闻</header>
<div id="ozoom">
${paragraphs}
</div>
<footer>版权所有 主办单位 日报社</footer>
</body></html>`;
}
