/**
 * Where a project window opens: where the last one was closed, if that place
 * is still on a screen (a monitor may have been unplugged since), else
 * centred on the primary screen. Further windows step down and right so that
 * they do not hide each other.
 */
import { z } from 'zod';

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(200).max(20_000);

export const WindowState = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultSize = { width: 1280, height: 820 };
const cascadeStep = 24;
/** How much of a window must show on a screen for the saved place to count as visible. */
const minVisible = { width: 160, height: 80 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * @param workAreas the screens' work areas, the primary one first
 * @param openWindows how many project windows are open already
 */
export function placeWindow(saved: WindowState | null, workAreas: Rect[], openWindows: number): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultSize };
  const visibleOn = saved
    ? workAreas.find((area) => {
        const o = overlap(saved, area);
        return o.width >= minVisible.width && o.height >= minVisible.height;
      })
    : undefined;

  const area = visibleOn ?? primary;
  const width = Math.min(visibleOn && saved ? saved.width : defaultSize.width, area.width);
  const height = Math.min(visibleOn && saved ? saved.height : defaultSize.height, area.height);
  const base =
    visibleOn && saved
      ? { x: saved.x, y: saved.y }
      : { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2) };

  // Step down and right for each open window, but never off the screen's edge.
  const shift = cascadeStep * openWindows;
  const x = Math.max(area.x, Math.min(base.x + shift, area.x + area.width - width));
  const y = Math.max(area.y, Math.min(base.y + shift, area.y + area.height - height));
  return { x, y, width, height, maximized: openWindows === 0 && (saved?.maximized ?? false) };
}
