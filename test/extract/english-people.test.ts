// English names and the posts printed beside them: invented sentences about fictional officials,
// one row per shape the English recognisers read.
import { describe, expect, it } from 'vitest';
import { entityNames, named, textSheets } from '../helpers/sheets.js';

const page = (body: string, headline = 'Test headline') => textSheets(`${headline}\n\nBy Test Writer\n\nRIVERTON, May 3 (Wire) -- ${body}`)[0]!;
const titles = (body: string) => named(page(body), 'HOLDS_POSITION').map(([person, , props]) => [person, props.title]);
const people = (body: string, headline?: string) => entityNames(page(body, headline), 'Person').filter((n) => n !== 'Test Writer');

describe('posts printed beside a name', () => {
  it.each([
    ['Mayor Ann Roe chaired the meeting.', [['Ann Roe', 'Mayor']]],
    // Shapes read on articles the rules were not built on.
    ['Lin Hua, secretary of Qingshan new district Party working committee and director of management committee, presided.', [['Lin Hua', 'secretary of Qingshan new district Party working committee'], ['Lin Hua', 'director of management committee']]],
    ['Karl Vance, president of United Cities and Local Governments, spoke.', [['Karl Vance', 'president of United Cities and Local Governments']]],
    ['Chairman of Kent County Council Tom Clements attended.', [['Tom Clements', 'Chairman of Kent County Council']]],
    ['Mayor Łukasz Nowak and Councillor Šárka Dvořák attended.', [['Łukasz Nowak', 'Mayor'], ['Šárka Dvořák', 'Councillor']]],
    ['Chief Ade Bello, the Otunba of Lagos, spoke.', []],
    ['Bo Tao, Party chief of Furong county, attended.', [['Bo Tao', 'Party chief of Furong county']]],
    ['Lin Hua, Party secretary of Qingshan, chaired the session.', [['Lin Hua', 'Party secretary of Qingshan']]],
    ['Bo Tao, the Secretary of Qingshan Municipal Party Committee, attended the forum.', [['Bo Tao', 'Secretary of Qingshan Municipal Party Committee']]],
    ['Mayor of Portmere Town Karl Vance hosted the ceremony.', [['Karl Vance', 'Mayor of Portmere Town']]],
    ['Secretary of Urban Administration Ravi Das Nair attended the forum.', [['Ravi Das Nair', 'Secretary of Urban Administration']]],
    ['Commissioner of Land Revenue K. Arun Kumar was present.', [['K. Arun Kumar', 'Commissioner of Land Revenue']]],
    ['Governor of Kwara State, Senator Ade Bello, inspected the market.', [['Ade Bello', 'Governor of Kwara State'], ['Ade Bello', 'Senator']]],
    ['Provincial leaders Lin Hua and Bo Tao accompanied him.', [['Lin Hua', 'Provincial leader'], ['Bo Tao', 'Provincial leader']]],
    ['Mayor Ann Roe, deputy mayor Tom Hill and town clerk Sue Park attended the fair.', [['Ann Roe', 'Mayor'], ['Tom Hill', 'deputy mayor'], ['Sue Park', 'town clerk']]],
    ['Planning and Zoning Director Mark Bell spoke at the ceremony.', [['Mark Bell', 'Planning and Zoning Director']]],
    ['Returning at large Council member Jo Lane took the oath.', [['Jo Lane', 'at large Council member']]],
    ['Qingshan Vice Mayor Zhao Lin and Karl Vance signed the agreement.', [['Zhao Lin', 'Qingshan Vice Mayor']]],
    ['Chief Secretary V. Ravi Shankar attended the review.', [['V. Ravi Shankar', 'Chief Secretary']]],
    ['Permanent Secretary, Ministry of Works and Housing, Elder Ade Bello, thanked the governor.', [['Ade Bello', 'Permanent Secretary, Ministry of Works and Housing']]],
    ['Ann Roe, mayor of Bremen, and her delegation met with Lin Hua.', [['Ann Roe', 'mayor of Bremen']]],
    ['CPC Qingshan Municipal Committee Secretary and Qingshan Congress Standing Committee Director Mo Hua arrived.', [['Mo Hua', 'CPC Qingshan Municipal Committee Secretary'], ['Mo Hua', 'Qingshan Congress Standing Committee Director']]],
    ['The ferry was opened by the Deputy Governor, Senator Tunde Ojo, Commissioner for Works and Transport, Engr. Musa Bako and others.', [['Tunde Ojo', 'Deputy Governor'], ['Tunde Ojo', 'Senator'], ['Musa Bako', 'Commissioner for Works and Transport']]],
    ['Lin Hua, member of the Standing Committee of the municipal Party Committee and Secretary General of the municipal Party committee, spoke.', [['Lin Hua', 'member of the Standing Committee of the municipal Party Committee'], ['Lin Hua', 'Secretary General of the municipal Party committee']]],
    ['Bo Tao, Vice Mayor of the municipal government and Secretary of the Furong County Party Committee, and Mo Ling, former Vice Mayor of the municipal government, came.', [['Bo Tao', 'Vice Mayor of the municipal government'], ['Bo Tao', 'Secretary of the Furong County Party Committee'], ['Mo Ling', 'former Vice Mayor of the municipal government']]],
    ['Lin Hua, secretary of Qingshan\'s municipal politics and law committee, led the group.', [['Lin Hua', "secretary of Qingshan's municipal politics and law committee"]]],
    ['The group included Bo Tao, deputy mayor of Qingshan and Mo Ling, deputy chairman of Qingshan Political Consultative Conference.', [['Bo Tao', 'deputy mayor of Qingshan'], ['Mo Ling', 'deputy chairman of Qingshan Political Consultative Conference']]],
    ['Karl Vance, the Dutch consul general in Riverton, also joined the meeting.', [['Karl Vance', 'Dutch consul general in Riverton']]],
    ['Five returning Commissioners (Ann Roe, Tom Hill, and Sue Park) met.', [['Ann Roe', 'Commissioner'], ['Tom Hill', 'Commissioner'], ['Sue Park', 'Commissioner']]],
    ['He was joined by the Chief of Staff, Tunde Ojo; Special Adviser, Strategy, Policy and Projects, Ada Ngozi Bello Okafor and Special Adviser to the Governor on Media Projects, Musa Bako, among others.', [['Tunde Ojo', 'Chief of Staff'], ['Ada Ngozi Bello Okafor', 'Special Adviser, Strategy, Policy and Projects'], ['Musa Bako', 'Special Adviser to the Governor on Media Projects']]],
    ['The oath was taken before a Circuit court Judge, Miss Ada Obi –Bello with the Oath of Office.', [['Ada Obi –Bello', 'Circuit court Judge']]],
    ['Dr. Ade Bello and Mr. Tunde Ojo attended the meeting.', []],
    ['Represented by his deputy, Tunde Ojo, the governor opened the market.', []],
    ['Lin Hua,convener of the executive chairmen of the presidium, chaired the meeting.', [['Lin Hua', 'convener of the executive chairmen of the presidium']]],
    ['The executive chairmen of the presidium, Ann Roe, Bo Tao, and Tom Hill, attended.', [['Ann Roe', 'executive chairman of the presidium'], ['Bo Tao', 'executive chairman of the presidium'], ['Tom Hill', 'executive chairman of the presidium']]],
    ['The meeting heard Bo Tao, member of the Standing Committee, director of the Qingshan Works Bureau, and chairman of the board.', [['Bo Tao', 'member of the Standing Committee'], ['Bo Tao', 'director of the Qingshan Works Bureau'], ['Bo Tao', 'chairman of the board']]],
    ['It was held under the chairmanship of Deputy Commissioner Riverton, Ravi Das Nair here on Friday.', [['Ravi Das Nair', 'Deputy Commissioner Riverton']]],
    ['Mayor Roe, Tom Hill and Sue Park attended.', []],
    ['Publisher Ann Roe and County Attorney Bo Tao attended.', [['Ann Roe', 'Publisher'], ['Bo Tao', 'County Attorney']]],
    ['Deputy Headteacher Sue Park welcomed the mayor.', [['Sue Park', 'Deputy Headteacher']]],
    // South Asian papers print the place of a post after its head, the name after it without a comma.
    ['Commissioner Karachi Imran Ali Shah chaired the meeting.', [['Imran Ali Shah', 'Commissioner Karachi']]],
    ['Deputy Commissioner Riverton Imran Ali Shah was present.', [['Imran Ali Shah', 'Deputy Commissioner Riverton']]],
    ['Commissioner Lahore Division, Engineer Imran Ali Shah said the roads were ready.', [['Imran Ali Shah', 'Commissioner Lahore Division'], ['Imran Ali Shah', 'Engineer']]],
    ['The DC gave a briefing to the Commissioner Karachi on the projects.', []],
    ['Additional Deputy Commissioner General Lahore Imran Ali Shah was present.', [['Imran Ali Shah', 'Additional Deputy Commissioner General Lahore']]],
    ['Governor Georgia Ann Smith opened the bridge.', [['Georgia Ann Smith', 'Governor']]],
    // An office in short before the name is the holder's title; a rank in short is part of the post.
    ['Cllr Ann Roe welcomed Coun Tom Hill and Mr. Bo Tao.', [['Ann Roe', 'Cllr'], ['Tom Hill', 'Coun']]],
    ['Lin Hua, member of the district Party committee and secretary of Commission for Discipline Inspection together with others, came.', [['Lin Hua', 'member of the district Party committee'], ['Lin Hua', 'secretary of Commission for Discipline Inspection']]],
    ['University of Riverton president Ann Roe spoke.', [['Ann Roe', 'University of Riverton president']]],
    ['Jürgen Groß, president of the Union of Small Metropolises, spoke.', [['Jürgen Groß', 'president of the Union of Small Metropolises']]],
    ['Present were Ag. Chief Officers Ann Roe (Trade) and Tom Hill (Health).', [['Ann Roe', 'Ag. Chief Officer'], ['Tom Hill', 'Ag. Chief Officer']]],
  ])('%s', (body, expected) => {
    expect(titles(body)).toEqual(expected);
  });

  it('keeps a post written twice in other capitals once, as first written', () => {
    expect(titles('Permanent Secretary, Ministry of Land Affairs, Ade Bello, spoke. Its chairman and Permanent Secretary, Ministry of Land affairs, Ade Bello thanked them.')).toEqual([
      ['Ade Bello', 'Permanent Secretary, Ministry of Land Affairs'],
    ]);
  });

  it('takes the names of a headline but not its shortened posts', () => {
    expect(titles('Lin Hua met the press.')).toEqual([]);
    expect(people('Lin Hua met the press.', 'Secretary Lin Hua Visits Port')).toEqual(['Lin Hua']);
  });
});

describe('names', () => {
  it.each([
    ['Hon P.K Eze and Elder O.B. Nnaji were present.', ['P.K Eze', 'O.B. Nnaji']],
    ['The report was read by Mr . Kola Ade and Barr. Uche Obi.', ['Kola Ade', 'Uche Obi']],
    ['Celebrations were held as Hong Kong marks the anniversary.', []],
    ['Chan Siu Mei-ling was sworn in as chief secretary.', ['Chan Siu Mei-ling']],
    ['The governor was represented by his deputy, Monday Eze, at the rally.', ['Monday Eze']],
    ['Vice Mayor Ding Qiang Inspects the Port', ['Ding Qiang']],
    ['Ann Roe met Lin Hua. Roe said the talks went well. Mr. Lin agreed.', ['Ann Roe', 'Lin Hua']],
    ['The Deputy Regional Minister, Madam Ada Obi, spoke.', ['Ada Obi']],
    ['Commissioner Tom Hill was selected to serve as Mayor Pro Tem for 2021.', ['Tom Hill']],
    ['Secretary Lin Meets Ann Roe', ['Ann Roe']],
    ['Mayor Rao Imran Shah and Mayor Lin Hua Jun attended.', ['Rao Imran Shah', 'Lin Hua']],
    ['The principal Mr. W. W. Perera and Dr. P. A. Silva spoke.', ['W. W. Perera', 'P. A. Silva']],
    ['The District Magistrate, Her Worship Ama Serwaa Mensah, swore them in.', ['Ama Serwaa Mensah']],
    // A prefecture's name in one word reads as a pinyin name run together; no province is favoured.
    ['Mayor Lin Hua, Wangqiang and Baoding attended.', ['Lin Hua', 'Wangqiang']],
    ['Mayor Lin Hua, Wangqiang and Shaoguan attended.', ['Lin Hua', 'Wangqiang']],
    ['Chief Minister Ravi Perera de Silva met Mayor Ursula von der Leyen and Tun Ali bin Omar.', ['Ravi Perera de Silva', 'Ursula von der Leyen', 'Ali bin Omar']],
    ['Building Official Arch. Tom Hill, Eng Ravi Das and Cr Sue Park inspected the site.', ['Tom Hill', 'Ravi Das', 'Sue Park']],
    ['The councilors sworn in were Jefferson Okoro, Tom Hill, Beethoven Adeyemi, Sue Park and Ruth Oyelaran-Bello.', ['Jefferson Okoro', 'Tom Hill', 'Beethoven Adeyemi', 'Sue Park', 'Ruth Oyelaran-Bello']],
  ])('%s → %j', (body, expected) => {
    expect(people(body)).toEqual(expected);
  });
});

describe('posts on a page that names no city', () => {
  it.each([
    ['the mayor Lin Hua presided over the meeting.', [['Lin Hua', 'mayor', 'city']]],
    ['The vice mayors Bo Tao, Mo Ling attended the meeting.', [['Bo Tao', 'vice mayor', 'city'], ['Mo Ling', 'vice mayor', 'city']]],
    ['Governor Ade Bello opened the market.', [['Ade Bello', 'Governor', 'state']]],
  ])('%s', (body, expected) => {
    const sheet = textSheets(`Test headline\n\n${body}`)[0]!;
    expect(named(sheet, 'HOLDS_POSITION').map(([person, place, props]) => [person, props.title, place])).toEqual(expected);
  });
});
