// Every match of a global regex in a text, for recognisers that read each sentence with several
// regexes. String.prototype.matchAll copies the regex on every call, which over every sentence
// costs more than the matching; this reads with exec from the start, and exec leaves lastIndex at
// 0 once it finds no more, so one regex object serves every call.

export function matchesIn(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesIn needs a global regex: ${re}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place; step over it as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
