// Each chart, for the demo and the large project in both templates: every
// label inside the drawing and clear of every other, and every record counted.
import { describe, expect, test } from 'vitest';
import type { Drawing, MeasureText, Shape } from '../../../main/visuals/drawing.js';
import { boxOf, overlaps, type TextShape } from '../../../main/visuals/charts/text.js';
import { chartData } from '../../../main/visuals/charts/data.js';
import { drawVisual } from '../../../main/visuals/draw.js';
import { charts, draw, projects, textWidth, type ProjectName } from './draw-charts.js';

const texts = (drawing: Drawing): TextShape[] => drawing.shapes.filter((s): s is TextShape => s.type === 'text');

function labelProblems(drawing: Drawing, measure: MeasureText): string[] {
  const problems: string[] = [];
  const boxes = texts(drawing).map((t) => ({ t, box: boxOf(t, measure) }));
  for (const { t, box } of boxes) {
    if (t.text.trim() === '') problems.push('an empty label');
    if (box.x < -0.01 || box.y < -0.01 || box.x + box.width > drawing.width + 0.01 || box.y + box.height > drawing.height + 0.01) {
      problems.push(`"${t.text}" outside the drawing`);
    }
  }
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) problems.push(`"${a.t.text}" overlaps "${b.t.text}"`);
  });
  return problems;
}

function inside(shape: Shape, drawing: Drawing): boolean {
  if (shape.type === 'circle') return shape.cx - shape.r >= -0.01 && shape.cx + shape.r <= drawing.width + 0.01 && shape.cy - shape.r >= -0.01 && shape.cy + shape.r <= drawing.height + 0.01;
  if (shape.type === 'rect') return shape.x >= -0.01 && shape.x + shape.width <= drawing.width + 0.01 && shape.y + shape.height <= drawing.height + 0.01;
  return true;
}

describe.each(['demo', 'large'] as ProjectName[])('the charts of the %s project', (project) => {
  test.each(charts.flatMap((chart) => ['werkplaats-a4', 'bundel-a5'].map((t) => [chart, t] as const)))('%s in %s: labels inside and apart, shapes inside', async (chart, templateId) => {
    const { drawing, measure } = await draw(project, chart, templateId);
    expect(labelProblems(drawing, measure)).toEqual([]);
    expect(drawing.shapes.filter((s) => !inside(s, drawing))).toEqual([]);
    expect(drawing.height).toBeGreaterThan(50);
    expect(drawing.height).toBeLessThan(drawing.width * 1.6);
  });

  test('the spectrum places every contributor once, as a dot', async () => {
    const { data, drawing } = await draw(project, 'spectrum');
    if (data.chart !== 'spectrum') throw new Error('not a spectrum');
    const contributors = projects[project].contributors;
    expect(data.rows.flatMap((r) => r.counts).reduce((a, b) => a + b, 0)).toBe(contributors.length);
    expect(drawing.shapes.filter((s) => s.type === 'circle')).toHaveLength(contributors.length);
    expect(texts(drawing).map((t) => t.text)).toEqual(expect.arrayContaining(['Beleidsmaker', 'Mantelzorger', `${contributors.length} bijdragers`]));
  });

  test('the material map counts every item under each of its themes', async () => {
    const { data, drawing } = await draw(project, 'materialMap');
    if (data.chart !== 'materialMap') throw new Error('not a material map');
    const material = projects[project].material;
    const expected = material.reduce((sum, m) => sum + Math.max(1, new Set(m.themes.map((t) => t.trim().toLowerCase())).size), 0);
    expect(data.counts.flat().reduce((a, b) => a + b, 0)).toBe(expected);
    expect(data.items).toBe(material.length);
    expect(data.workgroups.reduce((a, w) => a + w.total, 0)).toBe(expected);
    expect(texts(drawing).map((t) => t.text)).toContain(data.words.themes);
  });

  test('the trajectory draws every session as a dot in its kind\'s lane', async () => {
    const { data, drawing } = await draw(project, 'trajectory');
    if (data.chart !== 'trajectory') throw new Error('not a trajectory');
    const sessions = projects[project].sessions;
    expect(data.sessions).toHaveLength(sessions.length);
    expect(drawing.shapes.filter((s) => s.type === 'circle' && s.fill !== null)).toHaveLength(sessions.length);
    const placed = sessions.filter((s) => s.place.trim() !== '').length;
    expect(data.places.reduce((a, p) => a + p.total, 0)).toBe(placed);
    expect(texts(drawing).map((t) => t.text)).toEqual(expect.arrayContaining([...data.kinds.map((k) => k.label), data.words.places]));
  });
});

test('a project tagged with sixty themes shows the most used by name and the rest on one line, every tag counted', async () => {
  const { template, measure } = await draw('demo', 'materialMap');
  const project = structuredClone(projects.large);
  project.material.forEach((item, i) => (item.themes = [`thema ${i % 60}`, `thema ${(i * 7) % 60}`]));
  const data = chartData('materialMap', project, 'nl');
  if (data.chart !== 'materialMap') throw new Error('not a material map');
  expect(data.themes).toHaveLength(19);
  expect(data.themes.at(-1)!.label).toBe('42 andere thema’s');
  const tags = project.material.reduce((sum, m) => sum + new Set(m.themes).size, 0);
  expect(data.counts.flat().reduce((a, b) => a + b, 0)).toBe(tags);
  const drawing = drawVisual(data, template, { width: textWidth(template), measure, title: 't', description: 'd' });
  expect(labelProblems(drawing, measure)).toEqual([]);
});
