// The city of an English dateline: "RIVERTON, May 28 (Wire) --" → Riverton; "Qingshan, July 1
// (Qingshan Daily) --"; "EASTVALE: The …", "DERA ISMAIL KHAN, (Agency) :" and a line "EASTVALE" alone too.
const CAPS_DATELINE = /^([A-Z][A-Z]+(?: [A-Z]+){0,2})(?:,\s|:\s|$)/;
const DATED_DATELINE = /^([A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d/;

export function englishCity(lead: string): string | null {
  const m = CAPS_DATELINE.exec(lead.trim()) ?? DATED_DATELINE.exec(lead.trim());
  if (!m) return null;
  return (m[1] as string).toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
