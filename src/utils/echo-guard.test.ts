import { describe, expect, it } from 'vitest';

import { EchoGuard } from './echo-guard';

describe('EchoGuard', () => {
  it('marks what an applied change sets off as an echo, and nothing after it', () => {
    const guard = new EchoGuard();
    const reported: string[] = [];
    const listener = (what: string) => {
      if (!guard.echoing) reported.push(what);
    };
    guard.apply(() => listener('applied'));
    listener('user');
    expect(reported).toEqual(['user']);
  });

  it('holds through nested applies and ends even when the change throws', () => {
    const guard = new EchoGuard();
    guard.apply(() => {
      guard.apply(() => undefined);
      expect(guard.echoing).toBe(true);
    });
    expect(() =>
      guard.apply(() => {
        throw new Error('map gone');
      }),
    ).toThrow('map gone');
    expect(guard.echoing).toBe(false);
  });

  it('gives back what the change returns', () => {
    expect(new EchoGuard().apply(() => 42)).toBe(42);
  });
});
