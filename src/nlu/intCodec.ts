/** Int32 (or Float32) arrays as base64, for the model file. */
export function encodeInts(values: Int32Array | Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function decodeInts(encoded: string): Int32Array {
  const bytes = Buffer.from(encoded, 'base64');
  // Copy: a Buffer's offset into its pool need not be 4-byte aligned.
  const values = new Int32Array(bytes.length / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}
