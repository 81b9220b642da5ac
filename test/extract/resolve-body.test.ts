// Titles and bodies resolved in the page's city, so that 市委 and 中共许昌市委 are one body: the
// post, whether it is former, and the body or place it is held in.
import { describe, expect, it } from 'vitest';
import { pageContext } from '../../src/extract/extract-page.js';
import { resolveBody, resolveInList, resolveTitle } from '../../src/extract/resolve/resolve-body.js';

const XUCHANG = pageContext('', { city: '许昌' });

describe('titles resolved in the page’s city', () => {
  it.each([
    ['市委书记', '书记', false, '中共许昌市委'],
    ['市委副书记', '副书记', false, '中共许昌市委'],
    ['市长', '市长', false, '许昌市'],
    ['市领导', '领导', false, '许昌市'],
    ['老领导', '领导', true, '许昌市'],
    ['市政协主席', '主席', false, '政协许昌市委员会'],
    ['市人大常委会主任', '主任', false, '许昌市人大常委会'],
    ['市委宣传部部长', '部长', false, '中共许昌市委宣传部'],
    ['市公安局局长', '局长', false, '许昌市公安局'],
    ['许昌学院原党委书记', '书记', true, '许昌学院党委'],
    ['漯河市委书记', '书记', false, '中共漯河市委'],
    ['省委常委', '常委', false, '中共河南省委'],
    ['河南省政府副省长', '副省长', false, '河南省人民政府'],
    ['国务院总理', '总理', false, '国务院'],
    // How or at what grade a post is held stands between the body and the post, outside the body.
    ['市政府常务副市长', '副市长', false, '许昌市人民政府'],
    ['市人大常委会代主任', '主任', false, '许昌市人大常委会'],
    ['市委宣传部二级调研员', '调研员', false, '中共许昌市委宣传部'],
    ['常务副市长', '副市长', false, '许昌市'],
    // The place a head of government heads, written before the post.
    ['漯河市长', '市长', false, '漯河市'],
    ['漯河市副市长', '副市长', false, '漯河市'],
    // 组织部长 is the head of the 组织部.
    ['市委组织部长', '部长', false, '中共许昌市委组织部'],
  ])('%s', (title, role, former, body) => {
    const resolved = resolveTitle(title, XUCHANG);
    expect([resolved.role, resolved.former, resolved.target?.name]).toEqual([role, former, body]);
  });

  it('keeps a title that needs a city the page never names on that page alone, as written', () => {
    expect(resolveTitle('市委书记', pageContext('')).target).toEqual({ type: 'Organization', name: '市委', alias: null, kind: 'party', pageScoped: true });
    expect(resolveTitle('市长', pageContext('')).target).toEqual({ type: 'Place', name: '市', level: 'city', pageScoped: true });
  });
});

describe('bodies resolved in the page’s city', () => {
  it.each([
    ['市委', '中共许昌市委', '市委', 'party'],
    ['市政府', '许昌市人民政府', '市政府', 'government'],
    ['市委政法委', '中共许昌市委政法委', '市委政法委', 'party'],
    ['漯河市委', '中共漯河市委', '漯河市委', 'party'],
    ['党中央', '中共中央', '党中央', 'party'],
    ['中原智谷科技有限公司', '中原智谷科技有限公司', null, 'company'],
    ['市人大常委会', '许昌市人大常委会', '市人大常委会', 'congress'],
    ['市人大常委会党组', '许昌市人大常委会党组', '市人大常委会党组', 'party'],
  ])('%s', (written, name, alias, kind) => {
    expect(resolveBody(written, XUCHANG)).toEqual({ type: 'Organization', name, alias, kind });
  });
});

describe('a post in a list, held in the body of the title before it', () => {
  it.each([
    // 市人大常委会党组书记、常务副主任甲: the party group sits inside the body the post is held in.
    ['常务副主任', ['市人大常委会党组书记'], '许昌市人大常委会'],
    ['常务副主任', ['市政协党组书记'], '政协许昌市委员会'],
    // 主任甲，副主任乙: a deputy of the post before.
    ['副主任', ['市人大常委会主任'], '许昌市人大常委会'],
  ])('%s after %j', (title, earlier, body) => {
    expect(resolveInList(title, () => earlier, XUCHANG, earlier[0])?.target?.name).toBe(body);
  });

  it('leaves a bare post with no title before it to the page', () => {
    expect(resolveInList('常务副主任', () => [], XUCHANG)).toBeNull();
  });

  it('takes no body from another person’s title (县委副书记甲、常务副主任乙)', () => {
    expect(resolveInList('常务副主任', () => ['市人大常委会党组书记'], XUCHANG, null)).toBeNull();
  });
});
