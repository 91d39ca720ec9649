import { Signature } from '@hubspot/api-client';
import { decodeUriForSignature, signV1, signV2, signV3 } from '../../sandbox';

const input = { clientSecret: 's3cr3t', method: 'POST', url: 'https://api.example.com/hubspot/webhooks?x=1', body: '[{"eventId":1}]' };

describe('sandbox/signing', () => {
  it('matches the SDK helper for v1, v2 and v3 (on a URL without escapes)', () => {
    const options = { clientSecret: input.clientSecret, requestBody: input.body, url: input.url, timestamp: 1_700_000_000_000, signature: "" };
    expect(signV1(input)).toBe(Signature.getSignature('POST', 'v1', options));
    expect(signV2(input)).toBe(Signature.getSignature('POST', 'v2', options));
    expect(signV3({ ...input, timestamp: options.timestamp })).toBe(Signature.getSignature('POST', 'v3', options));
  });

  it('URL-decodes exactly the listed escapes before v3 signing, in either hex case', () => {
    expect(decodeUriForSignature('https://h.test/a%3Ab%2Fc?e=a%40b.com&q=%28x%29%2A%2C%3B%21%24%27%3f')).toBe("https://h.test/a:b/c?e=a@b.com&q=(x)*,;!$'?");
    expect(decodeUriForSignature('https://h.test/a%20b?x=1%262')).toBe('https://h.test/a%20b?x=1%262');
    const encoded = signV3({ ...input, url: 'https://h.test/p?email=a%40b.com', timestamp: 1 });
    const decoded = signV3({ ...input, url: 'https://h.test/p?email=a@b.com', timestamp: 1 });
    expect(encoded).toBe(decoded);
  });

  it('changes when the method, body, URL or timestamp change', () => {
    const base = signV3({ ...input, timestamp: 5 });
    expect(signV3({ ...input, timestamp: 6 })).not.toBe(base);
    expect(signV3({ ...input, method: 'PUT', timestamp: 5 })).not.toBe(base);
    expect(signV3({ ...input, body: '[]', timestamp: 5 })).not.toBe(base);
    expect(signV3({ ...input, url: `${input.url}&y=2`, timestamp: 5 })).not.toBe(base);
    expect(signV3({ ...input, method: 'post', timestamp: 5 })).toBe(base);
  });
});
