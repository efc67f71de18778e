import { describe, expect, it } from '@jest/globals';
import { CONTENT_SECURITY_POLICY, tileImageSource, withTileSource } from './request-guards.js';

describe('tileImageSource', () => {
  it('keeps scheme and host, widening a templated subdomain', () => {
    expect(tileImageSource('https://t{s}.tianditu.gov.cn/vec_w/wmts?x={x}&y={y}&z={z}&tk=abc')).toBe(
      'https://*.tianditu.gov.cn',
    );
    expect(tileImageSource('http://tiles.example.local:8080/{z}/{x}/{y}.png')).toBe('http://tiles.example.local:8080');
  });

  it('leaves the policy alone without a tile URL and adds the source with one', () => {
    expect(withTileSource(CONTENT_SECURITY_POLICY, undefined)).toBe(CONTENT_SECURITY_POLICY);
    const policy = withTileSource(CONTENT_SECURITY_POLICY, 'https://tiles.example.org/{z}/{x}/{y}.png');
    expect(policy.directives.imgSrc).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.example.org']);
    expect(CONTENT_SECURITY_POLICY.directives.imgSrc).toHaveLength(3);
  });
});
