import { Random } from '../../util/random';

/** A draw from Beta(alpha, beta) using the injected random source (two gamma draws). */
export function sampleBeta(alpha: number, beta: number, random: Random): number {
  const x = sampleGamma(alpha, random);
  const y = sampleGamma(beta, random);
  return x + y === 0 ? 0.5 : x / (x + y);
}

/** Marsaglia and Tsang's method; for shape < 1 it boosts a draw of shape + 1. */
function sampleGamma(shape: number, random: Random): number {
  if (shape < 1) return sampleGamma(shape + 1, random) * Math.pow(nonZero(random), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = nonZero(random);
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function standardNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(nonZero(random))) * Math.cos(2 * Math.PI * random());
}

function nonZero(random: Random): number {
  return Math.max(random(), Number.EPSILON);
}
