import { expect, test } from 'vitest';
import { portOffsets } from '../../support/ports';

test('every server the browser tests start has its own port', () => {
  const offsets = Object.values(portOffsets);
  expect(new Set(offsets).size).toBe(offsets.length);
  expect(offsets).not.toContain(0); // the built site's preview server
});
