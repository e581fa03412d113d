import { SCORING_WASM_BASE64 } from './scoringWasm';

const PAGE_BYTES = 65536;
/** Rows one kernel call can take; longer lists are added in chunks. */
const CHUNK = 1024;

let compiled: WebAssembly.Module | null = null;

/** The scoring module, compiled once per process (it is 177 bytes: synchronous compilation is fine). */
function scoringModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(Buffer.from(SCORING_WASM_BASE64, 'base64'));
  return compiled;
}

interface ScoringExports {
  memory: WebAssembly.Memory;
  accumulate(rows: number, values: number, count: number, out: number, rowBytes: number): void;
  gather(rows: number, values: number, count: number, classes: number, classCount: number, out: number): void;
  scatter(rows: number, values: number, count: number, classes: number, classCount: number, deltas: number): void;
}

/**
 * A feature-major weight matrix (all classes of one feature side by side) living in WebAssembly
 * memory, so adding rows runs as SIMD: four classes per instruction. Rows are padded to a multiple
 * of four classes (`stride`); `data[feature * stride + k]` is the weight of class k.
 *
 * Serialization reads `data`; the hot loops go through the kernels: `addRows` scores all classes,
 * and training first `load`s an example's rows, then `sumLoaded`, `gatherLoaded` (some classes) and
 * `scatterLoaded` (update some classes) reuse them.
 *
 * Prediction can also keep derived rows next to the weights (`cacheRow`: e.g. the class scores of
 * a word's character n-grams), so a message is scored in one kernel call over its feature rows and
 * its cached rows (`addRowsAndCached`).
 */
export class WeightMatrix {
  readonly stride: number;
  /** The weights, featureCount × stride floats; the padding columns stay 0. */
  data!: Float32Array;
  /** Changes whenever the cached rows are dropped: a slot taken under another generation is stale. */
  generation = 0;
  private readonly kernel: ScoringExports;
  private out!: Float32Array;
  private rows!: Int32Array;
  private values!: Float32Array;
  private classes!: Int32Array;
  private deltas!: Float32Array;
  private cacheAt = 0;
  private cacheCapacity = 0;
  private cacheUsed = 0;
  private readonly outAt: number;
  private readonly rowsAt: number;
  private readonly valuesAt: number;
  private readonly classesAt: number;
  private readonly deltasAt: number;
  private readonly dataAt: number;
  private loaded = 0;

  constructor(
    readonly featureCount: number,
    readonly classCount: number,
  ) {
    this.stride = Math.ceil(classCount / 4) * 4;
    const rowBytes = this.stride * 4;
    // Layout: accumulators, row offsets, row factors, class offsets, class deltas, then the weights
    // (all 16-byte aligned).
    this.outAt = 0;
    this.rowsAt = this.outAt + rowBytes;
    this.valuesAt = this.rowsAt + CHUNK * 4;
    this.classesAt = this.valuesAt + CHUNK * 4;
    this.deltasAt = this.classesAt + rowBytes;
    this.dataAt = this.deltasAt + rowBytes;
    const bytes = this.dataAt + featureCount * rowBytes;
    if (bytes > 2 ** 32 - PAGE_BYTES) throw new Error(`A ${featureCount}×${classCount} weight matrix does not fit in WebAssembly memory`);
    this.kernel = new WebAssembly.Instance(scoringModule(), {}).exports as unknown as ScoringExports;
    const pages = Math.ceil(bytes / PAGE_BYTES) - this.kernel.memory.buffer.byteLength / PAGE_BYTES;
    if (pages > 0) this.kernel.memory.grow(pages);
    this.takeViews();
  }

  /** Growing the memory detaches every view of it: they are taken again after each growth. */
  private takeViews(): void {
    const buffer = this.kernel.memory.buffer;
    this.out = new Float32Array(buffer, this.outAt, this.stride);
    this.rows = new Int32Array(buffer, this.rowsAt, CHUNK);
    this.values = new Float32Array(buffer, this.valuesAt, CHUNK);
    this.classes = new Int32Array(buffer, this.classesAt, this.stride);
    this.deltas = new Float32Array(buffer, this.deltasAt, this.stride);
    this.data = new Float32Array(buffer, this.dataAt, this.featureCount * this.stride);
  }

  /**
   * Stores Σ values[p] × W[indices[p]] (all classes) in a cached row and returns its slot. When
   * `capacity` rows are taken, all are dropped first and `generation` changes. The room for the
   * rows is added to the memory on first use (not while training: `data` is replaced then).
   */
  cacheRow(indices: ArrayLike<number>, values: ArrayLike<number>, count: number, capacity: number): number {
    if (this.cacheCapacity === 0) {
      if (!(capacity >= 1)) throw new Error(`A row cache needs room for at least one row (got ${capacity})`);
      const rowBytes = this.stride * 4;
      this.cacheAt = this.dataAt + this.featureCount * rowBytes;
      const end = this.cacheAt + capacity * rowBytes;
      if (end > 2 ** 32 - PAGE_BYTES) throw new Error(`${capacity} cached rows of ${this.classCount} classes do not fit in WebAssembly memory`);
      const pages = Math.ceil(end / PAGE_BYTES) - this.kernel.memory.buffer.byteLength / PAGE_BYTES;
      if (pages > 0) this.kernel.memory.grow(pages);
      this.takeViews();
      this.cacheCapacity = capacity;
    }
    if (this.cacheUsed >= this.cacheCapacity) {
      this.cacheUsed = 0;
      this.generation++;
    }
    const slot = this.cacheUsed++;
    const at = this.cacheAt + slot * this.stride * 4;
    new Float32Array(this.kernel.memory.buffer, at, this.stride).fill(0);
    for (let start = 0; start < count; start += CHUNK) {
      this.setRows(indices, values, start, Math.min(CHUNK, count - start));
      this.kernel.accumulate(this.rowsAt, this.valuesAt, this.loaded, at, this.stride * 4);
    }
    this.loaded = 0;
    return slot;
  }

  /** The class scores stored in a cached row (a copy). */
  cachedRow(slot: number): Float32Array {
    return new Float32Array(this.kernel.memory.buffer, this.cacheAt + slot * this.stride * 4, this.classCount).slice();
  }

  /**
   * out[k] += Σ values[p] × W[indices[p], k] + factor × Σ cached[slots[t], k]: a message's word
   * features and its words' cached n-gram scores in one pass of the kernel.
   */
  addRowsAndCached(indices: ArrayLike<number>, values: ArrayLike<number>, count: number, slots: ArrayLike<number>, slotCount: number, factor: number, out: Float64Array): void {
    if (count + slotCount > CHUNK) {
      // Very long text: two passes through the general path.
      this.addRows(indices, values, count, out);
      for (let t = 0; t < slotCount; t++) {
        const row = this.cachedRow(slots[t]);
        for (let k = 0; k < this.classCount; k++) out[k] += factor * row[k];
      }
      return;
    }
    const rowBytes = this.stride * 4;
    this.setRows(indices, values, 0, count);
    for (let t = 0; t < slotCount; t++) {
      this.rows[count + t] = this.cacheAt + slots[t] * rowBytes;
      this.values[count + t] = factor;
    }
    const sums = this.out;
    sums.fill(0);
    this.kernel.accumulate(this.rowsAt, this.valuesAt, count + slotCount, this.outAt, rowBytes);
    this.loaded = 0;
    for (let k = 0; k < this.classCount; k++) out[k] += sums[k];
  }

  /** A matrix holding `weights` given feature-major and unpadded (featureCount × classCount). */
  static fromDense(featureCount: number, classCount: number, weights: Float32Array): WeightMatrix {
    const matrix = new WeightMatrix(featureCount, classCount);
    if (matrix.stride === classCount) matrix.data.set(weights);
    else for (let f = 0; f < featureCount; f++) matrix.data.set(weights.subarray(f * classCount, (f + 1) * classCount), f * matrix.stride);
    return matrix;
  }

  /** The weights without padding (featureCount × classCount), e.g. to serialize. */
  toDense(): Float32Array {
    const { featureCount, classCount, stride } = this;
    if (stride === classCount) return this.data.slice();
    const dense = new Float32Array(featureCount * classCount);
    for (let f = 0; f < featureCount; f++) dense.set(this.data.subarray(f * stride, f * stride + classCount), f * classCount);
    return dense;
  }

  /**
   * out[k] += scale × Σ values[p] × W[indices[p], k] for the first `count` pairs, k < classCount.
   * Accumulates in float32 inside the kernel, then adds to `out`.
   */
  addRows(indices: ArrayLike<number>, values: ArrayLike<number>, count: number, out: Float64Array, scale = 1): void {
    const sums = this.out;
    sums.fill(0);
    for (let start = 0; start < count; start += CHUNK) {
      this.setRows(indices, values, start, Math.min(CHUNK, count - start));
      this.kernel.accumulate(this.rowsAt, this.valuesAt, this.loaded, this.outAt, this.stride * 4);
    }
    this.loaded = 0;
    for (let k = 0; k < this.classCount; k++) out[k] += scale * sums[k];
  }

  /**
   * Makes a sparse vector the current one for `sumLoaded`, `gatherLoaded` and `scatterLoaded`.
   * Returns false (and loads nothing) when it has more than the kernel's chunk of rows.
   */
  load(indices: ArrayLike<number>, values: ArrayLike<number>, count: number): boolean {
    if (count > CHUNK) return false;
    this.setRows(indices, values, 0, count);
    return true;
  }

  /** out[k] += Σ value × W[row, k] over the loaded rows, for every class. */
  sumLoaded(out: Float64Array): void {
    const sums = this.out;
    sums.fill(0);
    this.kernel.accumulate(this.rowsAt, this.valuesAt, this.loaded, this.outAt, this.stride * 4);
    for (let k = 0; k < this.classCount; k++) out[k] += sums[k];
  }

  /** out[classes[a]] += Σ value × W[row, classes[a]] over the loaded rows, for a < count. */
  gatherLoaded(classes: Int32Array, count: number, out: Float64Array): void {
    const sums = this.out;
    for (let a = 0; a < count; a++) {
      this.classes[a] = classes[a] * 4;
      sums[a] = 0;
    }
    this.kernel.gather(this.rowsAt, this.valuesAt, this.loaded, this.classesAt, count, this.outAt);
    for (let a = 0; a < count; a++) out[classes[a]] += sums[a];
  }

  /** W[row, classes[c]] += deltas[c] × value over the loaded rows, for c < count. */
  scatterLoaded(classes: Int32Array, deltas: Float64Array, count: number): void {
    for (let c = 0; c < count; c++) {
      this.classes[c] = classes[c] * 4;
      this.deltas[c] = deltas[c];
    }
    this.kernel.scatter(this.rowsAt, this.valuesAt, this.loaded, this.classesAt, count, this.deltasAt);
  }

  private setRows(indices: ArrayLike<number>, values: ArrayLike<number>, start: number, count: number): void {
    const rowBytes = this.stride * 4;
    for (let r = 0; r < count; r++) {
      this.rows[r] = this.dataAt + indices[start + r] * rowBytes;
      this.values[r] = values[start + r];
    }
    this.loaded = count;
  }
}
