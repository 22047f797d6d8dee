import { cellText, type Cell } from '../suppress.js';

/** Escapes text for HTML and SVG (element content and quoted attributes). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export type Bar = { label: string; cell: Cell };

const WIDTH = 560;
const LABEL_W = 190;
const BAR_AREA = 300;
const ROW_H = 24;
const BAR_H = 16;
const TOP = 30;

/**
 * A horizontal bar chart as inline SVG. Suppression holds in the picture too: the scale is set by the shown
 * counts only (never by a hidden one); a small count (`<5`) is drawn as a hatched stub whose length depends on
 * `minCellSize` alone, a hidden one (`x`) gets no bar; text and tooltips show the suppressed text.
 */
export function barChart(opts: { id: string; title: string; bars: readonly Bar[]; minCellSize: number; decimalComma: boolean }): string {
  const { id, title, bars, minCellSize: min } = opts;
  const shownMax = Math.max(min, ...bars.map((b) => (b.cell.state === 'shown' ? (b.cell.value ?? 0) : 0)));
  const scale = (n: number): number => Math.round((n / shownMax) * BAR_AREA);
  const height = TOP + bars.length * ROW_H + 8;
  const stub = Math.max(4, scale(min - 1));
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-t">`,
    `<title id="${id}-t">${escapeHtml(title)}</title>`,
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#e3e8ef"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a94a6" stroke-width="3"/></pattern></defs>`,
    `<text x="0" y="18" class="chart-title">${escapeHtml(title)}</text>`,
  );
  bars.forEach((b, i) => {
    const y = TOP + i * ROW_H;
    const text = cellText(b.cell, min, opts.decimalComma);
    const tip = `<title>${escapeHtml(b.label)}: ${escapeHtml(text)}</title>`;
    parts.push(`<g class="bar">${tip}`);
    parts.push(`<text x="${LABEL_W - 8}" y="${y + BAR_H - 3}" text-anchor="end" class="bar-label">${escapeHtml(b.label)}</text>`);
    let w = 0;
    if (b.cell.state === 'shown' && (b.cell.value ?? 0) > 0) {
      w = Math.max(2, scale(b.cell.value ?? 0));
      parts.push(`<rect x="${LABEL_W}" y="${y}" width="${w}" height="${BAR_H}" rx="2" class="bar-fill" data-state="shown"/>`);
    } else if (b.cell.state === 'small') {
      w = stub;
      parts.push(`<rect x="${LABEL_W}" y="${y}" width="${w}" height="${BAR_H}" rx="2" fill="url(#${id}-hatch)" data-state="small"/>`);
    }
    parts.push(`<text x="${LABEL_W + w + 6}" y="${y + BAR_H - 3}" class="bar-value">${escapeHtml(text)}</text></g>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
