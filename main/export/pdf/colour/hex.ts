// Template colours (`#rrggbb`) as pdf-lib colours.
import { rgb, type RGB } from 'pdf-lib';

const colors = new Map<string, RGB>();

/** `#rrggbb` to a pdf-lib colour; one object per colour, so equal colours compare equal in style keys. */
export function hexColor(hex: string): RGB {
  const key = hex.toLowerCase();
  let color = colors.get(key);
  if (color === undefined) {
    const value = Number.parseInt(key.slice(1), 16);
    color = rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
    colors.set(key, color);
  }
  return color;
}

/** An RGB colour by its 8-bit components, however it was made. */
export function rgbKey(color: RGB): string {
  return `${Math.round(color.red * 255)},${Math.round(color.green * 255)},${Math.round(color.blue * 255)}`;
}
