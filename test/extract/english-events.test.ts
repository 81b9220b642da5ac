// English events and who took part: invented sentences about fictional officials, one row per
// predicate shape of the table in src/extract/english/lexicon-events.ts.
import { describe, expect, it } from 'vitest';
import { entityNames, named, textSheets } from '../helpers/sheets.js';

const page = (body: string) => textSheets(`Test headline\n\nBy Test Writer\n\n${body}`)[0]!;
const who = (body: string, role: string) => named(page(body), role).map(([person]) => person);
const meetings = (body: string) => page(body).entities.filter((e) => e.type === 'Meeting').map((e) => [e.name, e.properties.date]);

describe('roles read from the predicate table', () => {
  it.each([
    ['Mayor Ann Roe presided over a meeting of the city council on May 3, 2023.', 'PRESIDED', ['Ann Roe']],
    ['The forum on river safety was held on May 5. It was chaired by Vice Mayor Lin Hua.', 'PRESIDED', ['Lin Hua']],
    ['Governor Bo Tao inspected the dikes on Monday. He then held an emergency meeting on flood control.', 'PRESIDED', ['Bo Tao']],
    ['Tamil Nadu Chief Minister R.K. Selvan on Friday chaired a meeting of officials.', 'PRESIDED', ['R.K. Selvan']],
    ['Premier Lin Hua, who oversaw the swearing-in ceremony, shook hands with Ann Roe.', 'PRESIDED', ['Lin Hua']],
    ['Mayor of Portmere Karl Vance opened the forum. Officials took part in the forum chaired by the Mayor.', 'PRESIDED', ['Karl Vance']],
    ['Chief Secretary V. Ravi Shankar, Secretary of Urban Administration Ravi Das Nair and senior officials were present at the review meeting.', 'ATTENDED', ['V. Ravi Shankar', 'Ravi Das Nair']],
    ['Mo Hua held a safety meeting. Provincial leaders Lin Hua and Bo Tao accompanied him on the inspection tour.', 'ATTENDED', ['Lin Hua', 'Bo Tao']],
    ['Mayor Lin Hua met with Karl Vance, mayor of Bremen, on Monday.', 'ATTENDED', ['Lin Hua', 'Karl Vance']],
    ['Governor of Kwara State, Ade Bello, was represented by his deputy, Tunde Ojo, at the opening ceremony.', 'ATTENDED', ['Tunde Ojo']],
    ['At the council meeting, City Clerk Ann Roe swore in Tom Hill as mayor.', 'ATTENDED', ['Ann Roe', 'Tom Hill']],
    ['The twinning ceremony was held in the town hall. The delegation was received by the mayor, Karl Vance, who spoke of friendship.', 'ATTENDED', ['Karl Vance']],
    ['Ann Roe, along with City Manager Tom Hill, cut the ribbon at the ceremony.', 'ATTENDED', ['Ann Roe', 'Tom Hill']],
    ['Governor of Kwara State, Ade Bello, toured the port. The Governor was joined on the inspection by the Deputy Governor, Tunde Ojo, and Commissioner for Works Musa Bako.', 'ATTENDED', ['Ade Bello', 'Tunde Ojo', 'Musa Bako']],
    ['The mayor inaugurated a board made up of Ann Roe, Tom Hill and Sue Park at the inauguration.', 'ATTENDED', ['Ann Roe', 'Tom Hill', 'Sue Park']],
    ['Mayor Ann Roe and Karl Vance attended the forum, and Tom Hill said it went well.', 'ATTENDED', ['Ann Roe', 'Karl Vance']],
    ['Party secretary Lin Hua gave a keynote speech at the flag-raising ceremony.', 'SPOKE_AT', ['Lin Hua']],
  ])('%s → %s %j', (body, role, expected) => {
    expect(who(body, role)).toEqual(expected);
  });

  it('gives no part to a person who sent a deputy in his place', () => {
    const body = 'Governor of Kwara State, Ade Bello, opened the market at a ceremony. Represented by his deputy, Tunde Ojo, the governor thanked the traders.';
    expect([...who(body, 'ATTENDED'), ...who(body, 'PRESIDED'), ...who(body, 'SPOKE_AT')]).toEqual(['Tunde Ojo']);
  });
});

describe('events', () => {
  it.each([
    ['The delegation returned from a successful twinning visit to Bremen.', [['successful twinning visit to Bremen', null]]],
    ['Mayor Ann Roe spoke at the inauguration of the new market in Riverton.', [['inauguration of the new market', null]]],
    ['Mayor Lin Hua presided over a meeting of the flood control office on June 3, 2022.', [['meeting of the flood control office', '2022-06-03']]],
    ['Ann Roe signed the pact at a ceremony on May 16. Later the ceremony ended.', [['ceremony', null]]],
    ['Mayor Lin Hua met with Karl Vance on Monday.', [['meeting', null]]],
    ['The county held a plenary session on March 2, 2023. The session was attended by Bo Tao.', [['plenary session', '2023-03-02']]],
  ])('%s', (body, expected) => {
    expect(meetings(body)).toEqual(expected);
  });
});

describe('documents', () => {
  it.each([
    ['The council vowed to uphold the Basic Law of the Region.', ['Basic Law of the Region']],
    ['Each member swore to support the Constitution of the State of Ohio and the Constitution of the Union.', ['Constitution of the State of Ohio', 'Constitution of the Union']],
    ['The meeting approved the Flood Prevention Emergency Plan.', ['Flood Prevention Emergency Plan']],
  ])('%s', (body, expected) => {
    expect(entityNames(page(body), 'Document')).toEqual(expected);
  });
});

describe('odd text', () => {
  it.each(['', '.', 'Mayor', 'Mayor ,', 'the Governor, , and', 'He held.', 'Mr . . Dr', 'Represented by', 'made up of , and', 'A. B. C. D.', '((( Mayor of )))'])(
    '%j gives no error',
    (body) => {
      expect(() => page(body)).not.toThrow();
    },
  );
});
