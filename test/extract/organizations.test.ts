// The organizations step: bodies read by the structure of their names, a head word that names a
// kind of body (…局, …有限公司, …大学, …联合会, …委员会) and the name words before it.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { organizations } from '../../src/extract/bodies/organizations.js';
import { docBefore, textOf } from '../helpers/doc.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { pageArticles } from '../../src/ingest/page-articles.js';

const bodies = (paragraph: string) => {
  const doc = docBefore('organizations', paragraph);
  organizations(doc);
  return doc.bodies.map((b) => textOf(doc, b));
};

describe('organizations', () => {
  it.each([
    ['许昌市住房和城乡建设局与河南中原智谷科技有限公司签订协议。', ['许昌市住房和城乡建设局', '河南中原智谷科技有限公司']],
    ['信阳师范大学党委书记邢振华出席。', ['信阳师范大学']],
    ['驻马店市残疾人联合会开展走访。', ['驻马店市残疾人联合会']],
    ['由市卫生健康委员会牵头，会同市财政局推进。', ['市卫生健康委员会', '市财政局']],
    ['周口市豫剧团在广场演出。', ['周口市豫剧团']],
    ['南阳市委全面依法治市委员会召开会议。', ['南阳市委全面依法治市委员会']],
    ['会议传达了省委、省政府的部署。', ['省委', '省政府']],
    ['大家在公园里散步。', []],
    ['要开好局、起好步。', []],
    // A government is named by the place it governs.
    ['面对新形势，更加考验政府的治理能力。', []],
    // A town's government and a country's are named by them too.
    ['桃花镇人民政府组织开展巡查。', ['桃花镇人民政府']],
    ['美国政府宣布了新的措施。', ['美国政府']],
    ['新一届政府工作的指导思想是。', []],
    ['党和政府高度重视民生。', []],
    ['县长甲某代表衡东县人民政府作报告。', ['衡东县人民政府']],
    ['湘西土家族苗族自治州人民政府发布通知。', ['湘西土家族苗族自治州人民政府']],
    // A day or a meeting's number before the body is when it met.
    ['12月25日中共中央政治局召开会议。', ['中共中央政治局']],
    ['会议依法选举产生新一届区人大常委会。', ['区人大常委会']],
    // 代表 (on behalf of) opens the clause.
    ['镇长甲某代表镇党委讲话。', ['镇党委']],
  ])('%s', (paragraph, expected) => {
    expect(bodies(paragraph)).toEqual(expected);
  });
});

describe('outlets', () => {
  const organisations = (page: string) =>
    extractPage(pageArticles({ source: 'p.txt', text: page })).flatMap((s) => s.entities.filter((e) => e.type === 'Organization').map((e) => `${e.name}/${String(e.properties.kind)}`));

  it('makes the outlet a dateline sends the report from an organisation of kind media', () => {
    const page = ['某县召开全会', '', '某县融媒7月28日讯(某某日报记者 甘德良)7月28日,某县县委召开全会。', '来源:某县融媒体中心'].join('\n');
    expect(organisations(page)).toEqual(expect.arrayContaining(['某县融媒/media', '某某日报/media', '某县融媒体中心/media']));
  });

  it('makes none of the paper speaking of itself', () => {
    const page = ['某县召开全会', '', '本报讯(记者 甘德良)7月28日,某县县委召开全会。'].join('\n');
    expect(organisations(page).filter((o) => o.endsWith('/media'))).toEqual([]);
  });
});
