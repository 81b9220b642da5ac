// A note printed right after a name in a protocol list: （女）, （回族）, (特邀). Source: the way lists of
// officials and deputies mark sex and nationality; up to four characters in either kind of bracket.
export const NAME_NOTE = '[（(][^）)]{1,4}[）)]';
