import { expect } from '@open-wc/testing';
import {
  BLACK,
  color,
  composite,
  contrastRatio,
  fade,
  format,
  isLargeText,
  parseColor,
  relativeLuminance,
  requiredTextRatio,
  WHITE,
} from './contrast.js';

const ratio = (a: string, b: string) => contrastRatio(color(a), color(b));

describe('contrast (WCAG 2.x relative luminance and contrast ratio)', () => {
  it('reads the colour forms getComputedStyle gives', () => {
    expect(parseColor('rgb(15, 108, 191)')).to.deep.equal({ r: 15, g: 108, b: 191, a: 1 });
    expect(parseColor('rgba(0, 65, 198, 0.8)')).to.deep.equal({ r: 0, g: 65, b: 198, a: 0.8 });
    expect(parseColor('rgb(0 0 0 / 25%)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0.25 });
    expect(parseColor('rgba(0, 0, 0, 0)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('transparent')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('color(srgb 1 0.5 0 / 0.5)')).to.deep.equal({ r: 255, g: 127.5, b: 0, a: 0.5 });
    expect(parseColor('#0f6cbf')).to.deep.equal({ r: 15, g: 108, b: 191, a: 1 });
    expect(parseColor('#FFF')).to.deep.equal(WHITE);
    expect(parseColor('#00000080')!.a).to.be.closeTo(0.502, 0.001);
    expect(parseColor('canvastext')).to.equal(null);
    expect(parseColor('oklch(0.5 0.1 200)')).to.equal(null);
    expect(() => color('currentcolor')).to.throw('currentcolor');
  });

  it('computes relative luminance as WCAG defines it', () => {
    expect(relativeLuminance(BLACK)).to.equal(0);
    expect(relativeLuminance(WHITE)).to.equal(1);
    // Pure primaries weigh 0.2126, 0.7152 and 0.0722.
    expect(relativeLuminance(color('#f00'))).to.be.closeTo(0.2126, 1e-9);
    expect(relativeLuminance(color('#0f0'))).to.be.closeTo(0.7152, 1e-9);
    expect(relativeLuminance(color('#00f'))).to.be.closeTo(0.0722, 1e-9);
    // Mid grey: 0.5 in sRGB is about 0.214 linear.
    expect(relativeLuminance(color('#808080'))).to.be.closeTo(0.2158605, 1e-6);
    // Below the sRGB threshold the curve is linear: 10/255 / 12.92.
    expect(relativeLuminance(color('#0a0a0a'))).to.be.closeTo(10 / 255 / 12.92, 1e-9);
  });

  it('gives the contrast ratios known from WCAG and common tools', () => {
    expect(ratio('#000', '#fff')).to.equal(21);
    expect(ratio('#fff', '#fff')).to.equal(1);
    // The classic pair around the 4.5:1 line.
    expect(ratio('#767676', '#fff')).to.be.closeTo(4.54, 0.005);
    expect(ratio('#777777', '#fff')).to.be.closeTo(4.48, 0.005);
    // The default theme's primary on white, and the border grey on white.
    expect(ratio('#0f6cbf', '#fff')).to.be.closeTo(5.36, 0.01);
    expect(ratio('#8f959e', '#ffffff')).to.be.closeTo(3.02, 0.01);
    // Symmetric.
    expect(ratio('#fff', '#0f6cbf')).to.equal(ratio('#0f6cbf', '#fff'));
  });

  it('paints translucent colours over their background first', () => {
    const half = fade(BLACK, 0.5);
    expect(format(composite(half, WHITE))).to.equal('#808080');
    expect(composite(half, WHITE).a).to.equal(1);
    expect(composite(color('transparent'), color('#1d2125'))).to.deep.equal(color('#1d2125'));
    // Two translucent layers stay translucent until an opaque one is under them.
    const both = composite(half, half);
    expect(both.a).to.equal(0.75);
    expect(format(composite(both, WHITE))).to.equal('#404040');
    // Half-transparent black text on white reads as grey 127.5: about 3.98:1.
    expect(contrastRatio(half, WHITE)).to.be.closeTo(3.98, 0.005);
    expect(() => contrastRatio(BLACK, half)).to.throw('opaque');
  });

  it('knows large text: 18pt, or 14pt bold', () => {
    expect(isLargeText(24, 400)).to.equal(true);
    expect(isLargeText(23.9, 400)).to.equal(false);
    expect(isLargeText(18.67, 700)).to.equal(true);
    expect(isLargeText(18.67, 600)).to.equal(false);
    expect(isLargeText(18, 700)).to.equal(false);
    expect(requiredTextRatio(16, 400)).to.equal(4.5);
    expect(requiredTextRatio(22, 700)).to.equal(3);
  });
});
