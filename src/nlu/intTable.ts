const { imul } = Math;

/** Int32 → index map with open addressing: a Map with int32 keys boxes most of them and is several times slower. */
export class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(size: number) {
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  set(key: number, value: number): void {
    let slot = imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= this.mask;
      if (this.values[slot] < 0 || this.keys[slot] === key) break;
      slot++;
    }
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  get(key: number): number {
    let slot = imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= this.mask;
      const value = this.values[slot];
      if (value < 0 || this.keys[slot] === key) return value;
      slot++;
    }
  }
}
