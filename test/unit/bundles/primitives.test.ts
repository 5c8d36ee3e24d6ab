import { describe, expect, it } from 'vitest';
import { canonicalJson, parseCanonicalJson } from '../../../electron/services/bundles/file/canonical-json';
import { preAuthEncoding, signManifest, verifyManifest } from '../../../electron/services/bundles/file/signature';
import { generateSigningKey } from '../../../electron/services/keys/identity';

describe('canonical JSON', () => {
  it('sorts keys, drops whitespace and keeps Albanian letters as they are', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'ë'], c: { z: 'Ç', y: 2.5 } })).toBe('{"a":[true,null,"ë"],"b":1,"c":{"y":2.5,"z":"Ç"}}');
  });

  it('accepts only bytes that are already canonical', () => {
    const good = Buffer.from('{"a":1,"b":"ç"}', 'utf8');
    expect(parseCanonicalJson(good)).toEqual({ a: 1, b: 'ç' });
    for (const bad of [
      '{"b":"ç","a":1}', // unsorted
      '{"a": 1,"b":"ç"}', // whitespace
      '{"a":1,"a":2,"b":"ç"}', // duplicate key
      '\ufeff{"a":1,"b":"ç"}', // BOM
      '{"a":1.0,"b":"ç"}', // non-shortest number
      '{"a":1,"b":"\\u00e7"}', // escaped where it need not be
      'not json',
    ]) {
      expect(parseCanonicalJson(Buffer.from(bad, 'utf8')), bad).toBeNull();
    }
    expect(parseCanonicalJson(Buffer.from([0x7b, 0xff, 0x7d]))).toBeNull(); // invalid UTF-8
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });
});

describe('manifest signatures', () => {
  const key = generateSigningKey();
  const body = Buffer.from(canonicalJson({ seq: 1, issuer: 'MD' }), 'utf8');

  it('verifies what was signed, under the same bundle type only', () => {
    const sig = signManifest('submission', body, key.privateKeyPkcs8);
    expect(sig.length).toBe(64);
    expect(verifyManifest('submission', body, sig, key.publicKeyRaw)).toBe(true);
    expect(verifyManifest('feedback', body, sig, key.publicKeyRaw)).toBe(false);
  });

  it('fails on a changed byte, another key, or a malformed signature', () => {
    const sig = signManifest('submission', body, key.privateKeyPkcs8);
    const tampered = Buffer.from(body);
    tampered[tampered.length - 2] ^= 1;
    expect(verifyManifest('submission', tampered, sig, key.publicKeyRaw)).toBe(false);
    expect(verifyManifest('submission', body, sig, generateSigningKey().publicKeyRaw)).toBe(false);
    expect(verifyManifest('submission', body, sig.subarray(0, 63), key.publicKeyRaw)).toBe(false);
    expect(verifyManifest('submission', body, Buffer.alloc(64), key.publicKeyRaw)).toBe(false);
  });

  it('binds lengths so type and body cannot be shifted into each other', () => {
    expect(preAuthEncoding('submission', Buffer.from('{}')).toString()).toBe('PLANIv1 37 application/vnd.plani.submission+json 2 {}');
  });
});
