import { describe, expect, it } from 'vitest';
import { WindowState, defaultSize, placeWindow } from '../../../main/electron/window-state.js';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('placeWindow', () => {
  it('puts a first window in the middle of the primary screen', () => {
    expect(placeWindow(null, [laptop], 0)).toEqual({
      x: (1440 - defaultSize.width) / 2,
      y: (900 - defaultSize.height) / 2,
      ...defaultSize,
      maximized: false,
    });
  });

  it('reopens where the last window was, maximized if it was', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 700, maximized: true };
    expect(placeWindow(saved, [laptop, rightMonitor], 0)).toEqual(saved);
  });

  it('comes back to the primary screen when the saved one is gone', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 700, maximized: false };
    const placed = placeWindow(saved, [laptop], 0);
    expect(placed.x).toBeGreaterThanOrEqual(0);
    expect(placed.x + placed.width).toBeLessThanOrEqual(1440);
    expect(placed.y + placed.height).toBeLessThanOrEqual(900);
  });

  it('never opens larger than the screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 600 };
    const placed = placeWindow({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [small], 0);
    expect(placed).toMatchObject({ width: 1024, height: 600 });
  });

  it('steps further windows down and right, inside the screen, never maximized', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: true };
    expect(placeWindow(saved, [laptop], 2)).toEqual({ x: 148, y: 98, width: 1000, height: 700, maximized: false });
    const far = placeWindow(saved, [laptop], 50);
    expect(far.x + far.width).toBeLessThanOrEqual(1440);
    expect(far.y + far.height).toBeLessThanOrEqual(900);
  });

  it('validates what it reads back', () => {
    expect(WindowState.safeParse({ x: 1, y: 2, width: 800, height: 600, maximized: false }).success).toBe(true);
    expect(WindowState.safeParse({ x: 1, y: 2, width: 800, height: 600 }).success).toBe(false);
    expect(WindowState.safeParse({ x: 1.5, y: 2, width: 800, height: 600, maximized: false }).success).toBe(false);
    expect(WindowState.safeParse({ x: 1, y: 2, width: 10, height: 600, maximized: false }).success).toBe(false);
    expect(WindowState.safeParse({ x: 1, y: 2, width: 800, height: 600, maximized: false, extra: 1 }).success).toBe(false);
  });
});
