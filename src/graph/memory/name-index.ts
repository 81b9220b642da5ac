// Which nodes have a given character in their name or an alias, so that a search for a substring
// reads the nodes holding its rarest character instead of every node in the store.
export class NameIndex {
  private readonly byCharacter = new Map<string, Set<string>>();

  /** Indexes the node under every character of its names; call remove first when they change. */
  add(id: string, names: readonly string[]): void {
    for (const c of characters(names)) {
      let ids = this.byCharacter.get(c);
      if (!ids) this.byCharacter.set(c, (ids = new Set()));
      ids.add(id);
    }
  }

  remove(id: string, names: readonly string[]): void {
    for (const c of characters(names)) {
      const ids = this.byCharacter.get(c);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) this.byCharacter.delete(c);
    }
  }

  /**
   * Every node whose names could contain the text: those having its rarest character. The caller
   * still checks each one, since having every character is not containing the text.
   */
  candidates(text: string): ReadonlySet<string> {
    let fewest: ReadonlySet<string> | undefined;
    for (const c of characters([text])) {
      const ids = this.byCharacter.get(c);
      if (!ids) return new Set();
      if (!fewest || ids.size < fewest.size) fewest = ids;
    }
    return fewest ?? new Set();
  }
}

function characters(names: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const name of names) for (const c of name) found.add(c);
  return found;
}
