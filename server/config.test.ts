import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config';

describe('configuration', () => {
  it('trusts no proxy by default and takes a list of addresses and CIDRs', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ ZHICHAN_TRUST_PROXY: 'off' }).trustProxy).toEqual([]);
    expect(loadConfig({ ZHICHAN_TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1,loopback' }).trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16', '::1', 'loopback']);
  });

  it('refuses a proxy setting that would trust every sender or is not an address', () => {
    expect(parseTrustProxy('true')).toBe('"true" 不是 IP 地址或 CIDR（多个用逗号分隔）');
    expect(parseTrustProxy('10.0.0.0/33')).toMatch(/10\.0\.0\.0\/33/);
    expect(() => loadConfig({ ZHICHAN_TRUST_PROXY: 'proxy.local' })).toThrow(/ZHICHAN_TRUST_PROXY: "proxy.local"/);
  });

  it('makes the session cookie Secure for an https public address, unless told otherwise', () => {
    expect(loadConfig({}).cookieSecure).toBe(false);
    expect(loadConfig({ ZHICHAN_PUBLIC_URL: 'http://ip.example.gov.cn' }).cookieSecure).toBe(false);
    expect(loadConfig({ ZHICHAN_PUBLIC_URL: 'https://ip.example.gov.cn/' })).toMatchObject({ cookieSecure: true, publicUrl: 'https://ip.example.gov.cn' });
    expect(loadConfig({ ZHICHAN_PUBLIC_URL: 'https://ip.example.gov.cn', ZHICHAN_COOKIE_SECURE: '0' }).cookieSecure).toBe(false);
    expect(loadConfig({ ZHICHAN_COOKIE_SECURE: '1' }).cookieSecure).toBe(true);
    expect(() => loadConfig({ ZHICHAN_PUBLIC_URL: 'ftp://ip.example.gov.cn' })).toThrow(/ZHICHAN_PUBLIC_URL/);
  });

  it('shows times in Asia/Shanghai unless another IANA zone is named', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ ZHICHAN_TIME_ZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(() => loadConfig({ ZHICHAN_TIME_ZONE: 'Beijing' })).toThrow(/ZHICHAN_TIME_ZONE/);
  });
});
