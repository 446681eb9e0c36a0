/**
 * The chart as a file: the element's own chart SVGs turned into one standalone SVG "sheet" (titles,
 * charts, legend, source credit; every style resolved to a concrete value), and that sheet as a PNG.
 *
 * Nothing here runs at import time; every function touches the DOM only when called.
 *
 * CSP: the PNG is drawn from a `data:image/svg+xml` URL (pages commonly allow `img-src 'self'
 * data:` but not `blob:`). No inline style attributes are written.
 */
import { textWidth, wrapText } from '../../model/chart-layout.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties that SVG inherits; written on an element when its value differs from its parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'visibility',
] as const;
/** Not inherited: written when not the initial value. */
const OWN: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };

/** Drop "px" after numbers ("2.5px" → "2.5", "7px, 5px" → "7, 5"): unitless is what SVG tools read best. */
function unitless(value: string): string {
  return value.replace(/(\d)px\b/g, '$1');
}

/** Elements that are interaction aids only and stay out of an exported picture. */
const DROP = '.tooltip, .hit, .ring';

/**
 * A copy of `source` (an SVG drawn in a shadow root) with every style it needs written on it as
 * presentation attributes, resolved to concrete values (no `var(`, no classes needed): computed
 * styles are read from `source`, which must be rendered. Tooltips, hit areas, focus rings and
 * anything not displayed are left out; comments, tab stops and event-only attributes too.
 */
export function inlineSvg(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const drop: Element[] = [];
  const walk = (src: Element, dst: Element, parent: CSSStyleDeclaration | undefined) => {
    const cs = getComputedStyle(src);
    if (cs.display === 'none' || src.matches(DROP)) {
      drop.push(dst);
      return;
    }
    for (const prop of INHERITED) {
      const value = cs.getPropertyValue(prop);
      if (!value) continue;
      if (!parent || parent.getPropertyValue(prop) !== value || dst.hasAttribute(prop))
        dst.setAttribute(prop, unitless(value));
    }
    for (const [prop, initial] of Object.entries(OWN)) {
      const value = cs.getPropertyValue(prop);
      if (value && value !== initial) dst.setAttribute(prop, unitless(value));
    }
    for (const attr of ['tabindex', 'part', 'aria-describedby', 'aria-labelledby', 'style']) dst.removeAttribute(attr);
    const s = src.children;
    const d = dst.children;
    for (let i = 0; i < s.length && i < d.length; i++) walk(s[i]!, d[i]!, cs);
  };
  walk(source, clone, undefined);
  for (const el of drop) el.remove();
  // Lit's marker comments, and template whitespace between elements (not inside text)
  const junk: Node[] = [];
  const it = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  while (it.nextNode()) {
    const n = it.currentNode;
    if (n.nodeType === Node.COMMENT_NODE) junk.push(n);
    else if (!n.textContent!.trim() && !n.parentElement?.closest('text')) junk.push(n);
  }
  for (const n of junk) n.parentNode?.removeChild(n);
  return clone;
}

export interface SheetLegendItem {
  label: string;
  /** Concrete colour of the swatch. */
  color: string;
  /** A line sample: solid, dashed (targets) or dotted (reference). */
  line?: 'solid' | 'dashed' | 'dotted';
  /** A marker path (from markPath) drawn in the middle of the sample. */
  mark?: string;
  /** Open marker (filled with the background). */
  open?: boolean;
}

export interface SheetPart {
  /** A rendered chart SVG of the element. */
  svg: SVGSVGElement;
  title: string;
  subtitle?: string;
}

export interface SheetOptions {
  /** `<title>` of the file. */
  title: string;
  /** `<desc>` of the file (the generated text description). */
  description?: string;
  parts: readonly SheetPart[];
  legend?: readonly SheetLegendItem[];
  /** Credit lines at the foot: the plans and their sources. */
  credit: readonly string[];
  /** Concrete colours and font of the element. */
  background: string;
  foreground: string;
  muted: string;
  fontFamily: string;
}

export interface Sheet {
  svg: SVGSVGElement;
  text: string;
  width: number;
  height: number;
}

const PAD = 16;
/** Narrowest sheet (px): room for the legend and the credit lines. */
const MIN_SHEET = 480;
const TITLE_SIZE = 15;
const SUB_SIZE = 12;
const LINE = 1.35;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One standalone SVG: each chart under its title, a legend, and the credit lines, on the
 * element's background. Colours and fonts are concrete values, so the file looks the same in any
 * viewer and when drawn into a canvas.
 */
export function buildSheet(opts: SheetOptions): Sheet {
  const size = (svg: SVGSVGElement, attr: 'width' | 'height') =>
    Number(svg.getAttribute(attr)) || svg.getBoundingClientRect()[attr];
  const charts = opts.parts.map((p) => ({
    part: p,
    svg: inlineSvg(p.svg),
    w: size(p.svg, 'width'),
    h: size(p.svg, 'height'),
  }));
  // small multiples side by side, two to a row, when they are narrow; one wide chart alone
  const cellW = Math.max(...charts.map((c) => c.w));
  const cols = charts.length > 1 && cellW <= 440 ? 2 : 1;
  const width = Math.ceil(Math.max(MIN_SHEET, cols * cellW + (cols + 1) * PAD));
  const chars = (px: number, fontSize: number) => Math.max(16, Math.floor(px / (fontSize * 0.56)));
  const root = el('svg', { width, role: 'img', 'font-family': opts.fontFamily, fill: opts.foreground });
  const titleId = 'plan-export-title';
  root.setAttribute('aria-labelledby', titleId);
  root.append(el('title', { id: titleId }, opts.title));
  if (opts.description) root.append(el('desc', {}, opts.description));
  const bg = el('rect', { x: 0, y: 0, width, height: 0, fill: opts.background });
  root.append(bg);
  let y = PAD;
  /** Lines of text from (x, top); returns the new top. */
  const textLines = (
    x: number,
    top: number,
    lines: string[],
    fontSize: number,
    attrs: Record<string, string | number>,
  ) => {
    let t = top;
    for (const line of lines) {
      t += fontSize * LINE;
      root.append(el('text', { x, y: Math.round(t - fontSize * 0.3), 'font-size': fontSize, ...attrs }, line));
    }
    return t;
  };
  for (let row = 0; row < charts.length; row += cols) {
    let bottom = y;
    charts.slice(row, row + cols).forEach((c, i) => {
      const x = PAD + i * (cellW + PAD);
      let t = textLines(x, y, wrapText(c.part.title, chars(cellW, TITLE_SIZE)), TITLE_SIZE, { 'font-weight': 700 });
      if (c.part.subtitle)
        t = textLines(x, t, wrapText(c.part.subtitle, chars(cellW, SUB_SIZE)), SUB_SIZE, { fill: opts.muted });
      t += 6;
      c.svg.setAttribute('x', String(x));
      c.svg.setAttribute('y', String(Math.round(t)));
      c.svg.setAttribute('overflow', 'visible');
      c.svg.removeAttribute('class');
      root.append(c.svg);
      bottom = Math.max(bottom, t + c.h);
    });
    y = bottom + PAD;
  }
  // legend: samples and labels, wrapped into rows
  if (opts.legend?.length) {
    const size = 12;
    let x = PAD;
    y += size * LINE;
    for (const item of opts.legend) {
      const w = 30 + 6 + textWidth(item.label, size) + 18;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += size * LINE + 6;
      }
      const cy = Math.round(y - size * 0.35);
      const g = el('g', { transform: `translate(${Math.round(x)},${cy})` });
      if (item.line) {
        const dash = item.line === 'dashed' ? '7 5' : item.line === 'dotted' ? '1 4' : '';
        g.append(
          el('path', {
            d: 'M0,0H30',
            fill: 'none',
            stroke: item.color,
            'stroke-width': 2.5,
            'stroke-linecap': item.line === 'dotted' ? 'round' : 'butt',
            ...(dash ? { 'stroke-dasharray': dash } : {}),
          }),
        );
      }
      if (item.mark)
        g.append(
          el('path', {
            d: item.mark,
            transform: 'translate(15,0)',
            fill: item.open ? opts.background : item.color,
            stroke: item.color,
            'stroke-width': 2,
          }),
        );
      g.append(el('text', { x: 36, y: Math.round(size * 0.35), 'font-size': size }, item.label));
      root.append(g);
      x += w;
    }
    y += PAD / 2;
  }
  // credit
  for (const line of opts.credit)
    y = textLines(PAD, y, wrapText(line, chars(width - 2 * PAD, 11)), 11, { fill: opts.muted });
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  bg.setAttribute('height', String(height));
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { svg: root, text, width, height };
}

/** `data:` URL of an SVG text (UTF-8, percent-encoded). */
export function svgDataUrl(svgText: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
}

/**
 * Draw an SVG text into a canvas at `scale` (2× for sharp text) and encode it as PNG. The image is
 * loaded from a `data:` URL, never a `blob:` URL (see the CSP note above).
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    img.src = svgDataUrl(svgText);
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}
