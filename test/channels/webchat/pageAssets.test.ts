import { chatPageUrl } from '../../../src/channels/webchat/pageAssets';

describe('chatPageUrl', () => {
  it('says localhost for a server on loopback or every interface, and the address otherwise', () => {
    expect(chatPageUrl({ address: '127.0.0.1', family: 'IPv4', port: 3978 })).toBe('http://localhost:3978/');
    expect(chatPageUrl({ address: '::', family: 'IPv6', port: 8080 })).toBe('http://localhost:8080/');
    expect(chatPageUrl({ address: '10.0.0.5', family: 'IPv4', port: 3978 })).toBe('http://10.0.0.5:3978/');
    expect(chatPageUrl({ address: 'fd00::5', family: 'IPv6', port: 3978 })).toBe('http://[fd00::5]:3978/');
  });
});
