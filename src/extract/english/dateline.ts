// The city of an English dateline: "HENGYANG, May 28 (Xinhua) --" → Hengyang.
export function englishCity(lead: string): string | null {
  const m = /^([A-Z][A-Z]+(?: [A-Z]+)?),\s/.exec(lead.trim());
  if (!m) return null;
  return (m[1] as string).toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
