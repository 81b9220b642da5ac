// The words that end the name of a body or a place in English local news, and what stands in such a
// name. Source: the names of party, government, legislative, judicial and civic bodies and of
// divisions, waters, streets and venues in Chinese, African, South Asian, British, American and
// Australian city news; scope: the last word of a capitalised name ("Linyi Municipal Party
// Committee", "Yuelu District", "University of Leeds"), not every name there is.

/** The last word of a body's name: "Alnwick Town Council", "Hunan Talkweb Information System Co., Ltd.". */
export const ORG_HEADS: readonly string[] = [
  'Committee', 'Commission', 'Council', 'Congress', 'Conference', 'Assembly', 'Government', 'Govt', 'Bureau', 'Department', 'Ministry',
  'Office', 'Party', 'Court', 'University', 'College', 'School', 'Academy', 'Institute', 'Club', 'Board', 'Authority', 'Corporation',
  'Company', 'Co.', 'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Group', 'Association', 'Federation', 'Society', 'Bank', 'Agency', 'Administration',
  'Police', 'Force', 'Battalion', 'Front', 'Union', 'League', 'Foundation', 'Procuratorate', 'Hospital', 'Directorate', 'Secretariat',
  'Corps', 'Sabha', 'Parishad', 'Pourashava', 'Panchayat', 'Municipality',
];

/** The last word of a place's name: "Yuelu District", "Dongting Lake", "Abude Street", "Uhuru Park". */
export const PLACE_HEADS: readonly string[] = [
  'District', 'County', 'Province', 'State', 'City', 'Town', 'Township', 'Village', 'Prefecture', 'Region', 'Division', 'Tehsil', 'LGA',
  'Area', 'Zone', 'Metropolis', 'Republic', 'Lake', 'River', 'Reservoir', 'Creek', 'Bay', 'Island', 'Mountain', 'Valley', 'Road', 'Street',
  'St.', 'Avenue', 'Ave.', 'Lane', 'Square', 'Bridge', 'Park', 'Market', 'Hall', 'Chamber', 'House', 'Complex', 'Centre', 'Center',
  'Stadium', 'Block', 'Shrine', 'Port', 'Airport', 'Station',
];

/** Words that join the parts of one name: "University of Leeds", "Department of Interior and Local Government". */
export const NAME_JOINERS: readonly string[] = ['of', 'the', 'and', 'for', '&'];

/** Capitalised words that open a sentence or a phrase without being part of a name after them. */
export const NOT_NAME_OPENERS: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'To', 'As', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her',
  'Their', 'Our', 'When', 'While', 'After', 'Before', 'During', 'Under', 'Both', 'All', 'Every', 'Each', 'Also', 'Meanwhile', 'However',
];

/** Posts a body's name may follow in one capitalised run: "Mayor of Yueyang City" names the city,
 * "Xiangtan University President" the university. */
export const NAME_PRECEDING_POSTS: readonly string[] = [
  'Mayor', 'Governor', 'Secretary', 'Chairman', 'Chairwoman', 'Chairperson', 'President', 'Director', 'Minister', 'Commissioner',
  'Speaker', 'Deputy', 'Vice', 'Chief', 'Head', 'Member', 'Members', 'Leader', 'Leaders', 'Officials', 'Official', 'Premier',
];

/** A head word that opens a post's name, not ends a body's: "Shanghai Party Secretary Li". */
export const HEADS_OPENING_POSTS: readonly string[] = ['Party Secretary', 'Party secretary', 'Party Chief', 'Party chief'];
