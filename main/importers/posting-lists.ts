/**
 * An inverted index made in one go from every entry's tokens: for each token,
 * the entries holding it in entry order, in flat typed arrays (compressed
 * sparse rows behind an open-addressing table). A Map of arrays cost most of
 * the duplicate search of a 5,000-row import in hashing and allocation.
 */
export class PostingLists {
  /** Where each entry's tokens start among all of them ("slots"); one more at the end. */
  private readonly firstSlot: Int32Array;
  /** Each slot's token, as a number from 0 for each distinct token. */
  private readonly tokenOf: Int32Array;
  /** Where each token's entries start in `entries`; one more at the end. */
  private readonly firstEntry: Int32Array;
  /** The entries holding each token, token after token, each token's in entry order. */
  private readonly entries: Int32Array;
  /** The entry that last asked, per entry: so each earlier entry is named once per question. */
  private readonly askedBy: Int32Array;

  /** `tokens[e]`: entry e's tokens, distinct, each below 2³⁰. */
  constructor(tokens: readonly Uint32Array[]) {
    this.firstSlot = new Int32Array(tokens.length + 1);
    tokens.forEach((list, e) => (this.firstSlot[e + 1] = this.firstSlot[e]! + list.length));
    const slots = this.firstSlot[tokens.length]!;
    this.tokenOf = new Int32Array(slots);
    // A table at least twice the slots, with linear probing; a key is its token + 1, so 0 is empty.
    const bits = Math.max(1, Math.ceil(Math.log2(2 * slots + 1)));
    const mask = 2 ** bits - 1;
    const keys = new Int32Array(mask + 1);
    const numbers = new Int32Array(mask + 1);
    let distinct = 0;
    tokens.forEach((list, e) => {
      let slot = this.firstSlot[e]!;
      for (const token of list) {
        let at = Math.imul(token, 0x9e3779b1) >>> (32 - bits);
        while (keys[at] !== 0 && keys[at] !== token + 1) at = (at + 1) & mask;
        if (keys[at] === 0) {
          keys[at] = token + 1;
          numbers[at] = distinct++;
        }
        this.tokenOf[slot++] = numbers[at]!;
      }
    });
    this.firstEntry = new Int32Array(distinct + 1);
    for (const token of this.tokenOf) this.firstEntry[token + 1]!++;
    for (let t = 0; t < distinct; t++) this.firstEntry[t + 1]! += this.firstEntry[t]!;
    const next = this.firstEntry.slice(0, distinct);
    this.entries = new Int32Array(slots);
    for (let e = 0; e < tokens.length; e++) {
      for (let slot = this.firstSlot[e]!; slot < this.firstSlot[e + 1]!; slot++) this.entries[next[this.tokenOf[slot]!]!++] = e;
    }
    this.askedBy = new Int32Array(tokens.length).fill(-1);
  }

  /** The entries before `entry` that share a token with it, each once: token by token in its order, then in entry order. */
  earlier(entry: number): number[] {
    const found: number[] = [];
    for (let slot = this.firstSlot[entry]!; slot < this.firstSlot[entry + 1]!; slot++) {
      const token = this.tokenOf[slot]!;
      for (let at = this.firstEntry[token]!; at < this.firstEntry[token + 1]!; at++) {
        const other = this.entries[at]!;
        if (other >= entry) break;
        if (this.askedBy[other] === entry) continue;
        this.askedBy[other] = entry;
        found.push(other);
      }
    }
    return found;
  }
}
