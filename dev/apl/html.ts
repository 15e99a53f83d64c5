/**
 * Draws an inflated APL document as HTML, for the preview. APL lays out with flexbox, as CSS
 * does, so the components the skill uses map closely: Container and Frame to flex boxes, Text
 * to text, Sequence and ScrollView to clipped boxes. It is a sketch of what a device shows,
 * not Amazon's renderer: fonts, line heights and scrolling can differ.
 */
import { text, type Value } from './expression';
import type { Inflated, Viewport } from './inflate';

type Direction = 'column' | 'row';

/** A whole page for one viewport, sized in device pixels. */
export function toHtml(root: Inflated | undefined, viewport: Viewport): string {
  const scale = viewport.dpi / 160;
  const width = Math.round(viewport.width * scale);
  const height = Math.round(viewport.height * scale);
  const body = root ? new Painter(viewport, scale).paint(root, 'column', true) : '';
  const round = viewport.shape === 'round' ? 'border-radius:50%;overflow:hidden;' : 'overflow:hidden;';
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
*{box-sizing:border-box;margin:0}
html,body{width:${width}px;height:${height}px;background:#000;overflow:hidden}
#screen{position:relative;width:${width}px;height:${height}px;${round}display:flex;flex-direction:column;
  font-family:'Amazon Ember','Liberation Sans','DejaVu Sans',sans-serif;color:#fafafa;line-height:1.25}
#screen div{display:flex;flex-direction:column;flex-shrink:0;min-width:0;min-height:0}
</style></head><body><div id="screen">${body}</div>
<script>
for (const el of document.querySelectorAll('[data-scroll-to]')) {
  const child = el.children[Number(el.dataset.scrollTo)];
  if (!child) continue;
  const horizontal = el.dataset.axis === 'x';
  const offset = horizontal
    ? child.offsetLeft - el.offsetLeft - (el.clientWidth - child.offsetWidth) / 2
    : child.offsetTop - el.offsetTop - (el.clientHeight - child.offsetHeight) / 2;
  if (horizontal) el.scrollLeft = Math.max(0, offset); else el.scrollTop = Math.max(0, offset);
}
</script></body></html>`;
}

const ALIGN: Readonly<Record<string, string>> = {
  start: 'flex-start',
  end: 'flex-end',
  center: 'center',
  stretch: 'stretch',
  baseline: 'baseline',
  spaceBetween: 'space-between',
  spaceAround: 'space-around',
  spaceEvenly: 'space-evenly',
};

class Painter {
  constructor(
    private readonly viewport: Viewport,
    private readonly scale: number,
  ) {}

  paint(node: Inflated, parent: Direction, first: boolean): string {
    const p = node.props;
    const style: string[] = [];
    const attrs: string[] = [`data-apl="${node.type}"`];
    if (p.display === 'none') return '';
    if (p.display === 'invisible') style.push('visibility:hidden');
    this.box(p, parent, first, style);
    let direction: Direction = 'column';
    let inner = '';
    switch (node.type) {
      case 'Container': {
        const dir = text(p.direction) || 'column';
        direction = dir.startsWith('row') ? 'row' : 'column';
        style.push(`flex-direction:${dir.replace('Reverse', '-reverse')}`);
        style.push(`align-items:${ALIGN[text(p.alignItems)] ?? 'stretch'}`);
        style.push(`justify-content:${ALIGN[text(p.justifyContent)] ?? 'flex-start'}`);
        if (p.wrap === 'wrap') style.push('flex-wrap:wrap');
        break;
      }
      case 'Frame': {
        if (p.backgroundColor !== undefined) style.push(`background:${text(p.backgroundColor)}`);
        if (p.borderRadius !== undefined) style.push(`border-radius:${this.length(p.borderRadius)}`);
        if (p.borderWidth !== undefined)
          style.push(`border:${this.length(p.borderWidth)} solid ${text(p.borderColor) || 'transparent'}`);
        break;
      }
      case 'Sequence':
      case 'ScrollView': {
        const horizontal = p.scrollDirection === 'horizontal';
        direction = horizontal ? 'row' : 'column';
        style.push(`flex-direction:${direction}`, 'overflow:hidden');
        const scroll = node.onMount.find((c) => c.type === 'ScrollToIndex');
        if (scroll)
          attrs.push(`data-scroll-to="${Number(scroll.index)}"`, `data-axis="${horizontal ? 'x' : 'y'}"`);
        break;
      }
      case 'Text': {
        style.push(`font-size:${this.length(p.fontSize ?? 40)}`);
        if (p.color !== undefined) style.push(`color:${text(p.color)}`);
        if (p.fontWeight !== undefined) style.push(`font-weight:${text(p.fontWeight)}`);
        const align = text(p.textAlign);
        if (align && align !== 'auto') style.push(`text-align:${align}`);
        const vertical = text(p.textAlignVertical);
        if (vertical === 'center') style.push('justify-content:center');
        if (vertical === 'bottom') style.push('justify-content:flex-end');
        const lines = typeof p.maxLines === 'number' && p.maxLines > 0 ? p.maxLines : undefined;
        const clamp = lines
          ? ` style="display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:${lines};overflow:hidden"`
          : '';
        inner = `<span${clamp}>${escapeHtml(text(p.text))}</span>`;
        break;
      }
      case 'TouchWrapper':
        attrs.push('role="button"');
        break;
    }
    const children = node.children.map((child, i) => this.paint(child, direction, i === 0)).join('');
    return `<div ${attrs.join(' ')} style="${style.join(';')}">${inner}${children}</div>`;
  }

  /** Size, position, padding, spacing and flex of any component. */
  private box(p: Readonly<Record<string, Value>>, parent: Direction, first: boolean, style: string[]): void {
    for (const [prop, css] of [
      ['width', 'width'],
      ['height', 'height'],
      ['minWidth', 'min-width'],
      ['maxWidth', 'max-width'],
      ['minHeight', 'min-height'],
      ['maxHeight', 'max-height'],
      ['paddingLeft', 'padding-left'],
      ['paddingRight', 'padding-right'],
      ['paddingTop', 'padding-top'],
      ['paddingBottom', 'padding-bottom'],
      ['top', 'top'],
      ['left', 'left'],
      ['right', 'right'],
      ['bottom', 'bottom'],
    ] as const) {
      if (p[prop] !== undefined && p[prop] !== 'auto') style.push(`${css}:${this.length(p[prop])}`);
    }
    if (p.position === 'absolute') style.push('position:absolute');
    if (p.grow !== undefined) style.push(`flex-grow:${Number(p.grow)}`);
    if (p.shrink !== undefined) style.push(`flex-shrink:${Number(p.shrink)}`);
    if (p.alignSelf !== undefined && p.alignSelf !== 'auto')
      style.push(`align-self:${ALIGN[text(p.alignSelf)] ?? 'auto'}`);
    if (p.opacity !== undefined) style.push(`opacity:${Number(p.opacity)}`);
    if (!first && p.spacing !== undefined)
      style.push(`${parent === 'row' ? 'margin-left' : 'margin-top'}:${this.length(p.spacing)}`);
  }

  /** An APL dimension in CSS pixels: dp, px, vw, vh and percentages. */
  private length(value: Value): string {
    if (typeof value === 'number') return `${value * this.scale}px`;
    const m = /^(-?[\d.]+)\s*(dp|px|vw|vh|%)?$/.exec(text(value).trim());
    if (!m) return 'auto';
    const n = Number(m[1]);
    switch (m[2]) {
      case 'px':
        return `${n}px`;
      case 'vw':
        return `${(n / 100) * this.viewport.width * this.scale}px`;
      case 'vh':
        return `${(n / 100) * this.viewport.height * this.scale}px`;
      case '%':
        return `${n}%`;
      default:
        return `${n * this.scale}px`;
    }
  }
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
