import { describe, expect, it } from 'vitest';
import { parseHash } from './useHashRoute';

describe('parseHash', () => {
  it.each([
    ['', { name: 'leaderboard' }],
    ['#/', { name: 'leaderboard' }],
    ['#/zone/hitech', { name: 'zone', zoneId: 'hitech' }],
    ['#/zone/%E4%B8%8A%E5%90%88', { name: 'zone', zoneId: '上合' }],
    ['#/scorecard', { name: 'scorecard' }],
    ['#/jury', { name: 'jury' }],
    ['#/jury/extra', { name: 'not-found', path: '/jury/extra' }],
    ['#/data', { name: 'data' }],
    ['#/present', { name: 'present' }],
    ['#/audience', { name: 'audience' }],
    ['#/share/zAbc_-12', { name: 'share', payload: 'zAbc_-12' }],
    ['#/share/', { name: 'share', payload: '' }],
    ['#/share/z%20bad', { name: 'share', payload: 'z%20bad' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
  ])('reads %j as %o', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });
});
