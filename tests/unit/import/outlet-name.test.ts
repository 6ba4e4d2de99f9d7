// The outlet shown is a name, never a full URL.
import { describe, expect, it } from 'vitest';
import { outletName } from '../../../core/import/outlet-name';

describe('outletName', () => {
  it('reduces a URL or a domain to the host without www', () => {
    expect(outletName('https://www.trtworld.com/asia/pakistan-talks-12345')).toBe('trtworld.com');
    expect(outletName('www.dawn.com/news/1')).toBe('dawn.com');
    expect(outletName('TRTWorld.com')).toBe('trtworld.com');
  });

  it('keeps a site name as given', () => {
    expect(outletName('TRT World')).toBe('TRT World');
    expect(outletName('  The  Express Tribune ')).toBe('The Express Tribune');
    expect(outletName('Reuters')).toBe('Reuters');
  });

  it("falls back to the article URL's host, and to nothing", () => {
    expect(outletName(null, 'https://www.bbc.co.uk/news/world-123')).toBe('bbc.co.uk');
    expect(outletName('', 'file:///tmp/x.html')).toBeNull();
    expect(outletName(null, null)).toBeNull();
  });
});
