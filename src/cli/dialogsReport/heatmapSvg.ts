import type { DialogsReport } from './buildReport';
import { escapeHtml as escapeXml } from '../../util/escapeHtml';

const CELL = 26;

/**
 * A confusion matrix as inline SVG: each row's counts shaded by its share of the row (the diagonal in
 * blue, confusions in red), the count written in every non-empty cell.
 */
export function heatmapSvg({ labels, counts }: DialogsReport['heatmap']): string {
  if (labels.length <= 1) return '<p class="ok">No confusions to draw.</p>';
  const margin = 8 + 7 * Math.max(...labels.map((label) => label.length));
  const size = margin + CELL * labels.length;
  // Room on the right for the last column's slanted label.
  const width = size + 7 * labels[labels.length - 1].length;
  const cells: string[] = [];
  counts.forEach((row, i) => {
    const total = row.reduce((a, b) => a + b, 0) || 1;
    row.forEach((count, j) => {
      const share = count / total;
      const fill = count === 0 ? '#f7f7f7' : i === j ? `rgba(40,90,200,${(0.15 + 0.85 * share).toFixed(2)})` : `rgba(200,40,40,${(0.15 + 0.85 * share).toFixed(2)})`;
      const x = margin + j * CELL;
      const y = margin + i * CELL;
      cells.push(`<rect x="${x}" y="${y}" width="${CELL - 1}" height="${CELL - 1}" fill="${fill}"><title>${escapeXml(labels[i])} → ${escapeXml(labels[j])}: ${count}</title></rect>`);
      if (count > 0) cells.push(`<text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle" font-size="10" fill="${share > 0.5 ? '#fff' : '#222'}">${count}</text>`);
    });
  });
  const rowLabels = labels.map((label, i) => `<text x="${margin - 4}" y="${margin + i * CELL + CELL / 2 + 4}" text-anchor="end" font-size="11">${escapeXml(label)}</text>`);
  const columnLabels = labels.map((label, j) => {
    const x = margin + j * CELL + CELL / 2 + 4;
    return `<text x="${x}" y="${margin - 4}" transform="rotate(-60 ${x} ${margin - 4})" font-size="11">${escapeXml(label)}</text>`;
  });
  return `<svg id="heatmap-svg" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${size}" viewBox="0 0 ${width} ${size}" role="img" aria-label="confusion heatmap">${rowLabels.join('')}${columnLabels.join('')}${cells.join('')}</svg>`;
}
