// The words that end the name of a body or a place in English local news, and what stands in such a
// name. Source: the names of party, government, legislative, judicial and civic bodies and of
// divisions, waters, streets and venues in Chinese, African, South Asian, British, American and
// Australian city news; scope: the last word of a capitalised name ("Qingshan Municipal Party
// Committee", "Furong District", "University of Eastfield"), not every name there is.

/** The last word of a body's name: "Avon Town Council", "Qingshan Lantern Technology Co., Ltd.". */
export const ORG_HEADS: readonly string[] = [
  'Committee', 'Commission', 'Council', 'Congress', 'Conference', 'Assembly', 'Government', 'Bureau', 'Department', 'Ministry', 'Office',
  'Party', 'Court', 'University', 'College', 'School', 'Academy', 'Institute', 'Club', 'Board', 'Authority', 'Corporation', 'Company',
  'Co.', 'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Group', 'Association', 'Federation', 'Society', 'Bank', 'Agency', 'Administration', 'Police',
  'Force', 'Front', 'Union', 'League', 'Foundation', 'Procuratorate', 'Hospital', 'Directorate', 'Secretariat', 'Corps', 'Municipality',
  // South Asian local government: "Qingpur Zilla Parishad", "Avon Pradeshiya Sabha", "Qingpur Gram Panchayat".
  'Sabha', 'Parishad', 'Panchayat',
];

/** The last word of a place's name, and the level of place it makes ("Furong District" is a county's
 * level, "Baihu Lake" a venue's): "Abode Street", "Kiwi Park". */
export const PLACE_HEADS: ReadonlyArray<readonly [head: string, level: string]> = [
  ['District', 'county'], ['County', 'county'], ['Tehsil', 'county'], ['LGA', 'county'], ['Province', 'province'], ['State', 'province'],
  ['Region', 'province'], ['Division', 'province'], ['Prefecture', 'city'], ['City', 'city'], ['Republic', 'country'], ['Town', 'town'],
  ['Township', 'town'], ['Village', 'town'], ['Area', 'venue'], ['Zone', 'venue'], ['Lake', 'venue'], ['River', 'venue'], ['Reservoir', 'venue'],
  ['Creek', 'venue'], ['Bay', 'venue'], ['Island', 'venue'], ['Mountain', 'venue'], ['Valley', 'venue'], ['Road', 'venue'], ['Street', 'venue'],
  ['St.', 'venue'], ['Avenue', 'venue'], ['Ave.', 'venue'], ['Lane', 'venue'], ['Square', 'venue'], ['Bridge', 'venue'], ['Park', 'venue'],
  ['Market', 'venue'], ['Hall', 'venue'], ['Chamber', 'venue'], ['House', 'venue'], ['Complex', 'venue'], ['Centre', 'venue'], ['Center', 'venue'],
  ['Stadium', 'venue'], ['Block', 'venue'], ['Port', 'venue'], ['Airport', 'venue'], ['Station', 'venue'],
];

/** Words that join the parts of one name: "University of Eastfield", "Department of Roads and Public Works". */
export const NAME_JOINERS: readonly string[] = ['of', 'the', 'and', 'for', '&'];

/** Joiners that may also join two names: "Qingshan Party Committee and the Qingshan Municipal Government". */
export const NAME_COORDINATORS: readonly string[] = ['and', '&'];

/** Two words that name a post though the first ends bodies' names: "Qingshan Party Secretary Lin Hua"
 * (compared lower-case; the posts lexicon's two-word heads whose first word is a head are added). */
export const HEADS_OPENING_POSTS: readonly string[] = ['party secretary'];
