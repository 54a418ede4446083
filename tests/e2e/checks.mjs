// What the cross-engine tests look at in a page, over the page API of engines.mjs. The
// functions passed to page.evaluate run in the page, where the probe defines `qshAll`.

/** Waits until every section is rendered and every chart canvas reports its figures drawn. */
export function waitForCharts(page, timeout = 20000) {
  return page.waitFor(() => {
    const canvases = qshAll('canvas.qsh-chart__canvas');
    return canvases.length > 0 && qshAll('[data-rendering]').length === 0
      && canvases.every((canvas) => canvas.hasAttribute('data-drawn-figures'));
  }, [], { timeout, what: 'every chart drawn' });
}

/** Waits until every chart was last drawn at its frame's present width (after a resize). */
export function waitForRedraw(page, timeout = 20000) {
  return page.waitFor(() => {
    const canvases = qshAll('canvas.qsh-chart__canvas');
    return canvases.length > 0 && qshAll('[data-rendering]').length === 0
      && canvases.every((canvas) => canvas.hasAttribute('data-drawn-figures')
      && Math.abs(Number(canvas.dataset.drawnWidth) - canvas.closest('.qsh-chart__frame').getBoundingClientRect().width) <= 1);
  }, [], { timeout, what: 'every chart redrawn at its new width' });
}

/** The groups of the charts whose canvas is one flat colour (no ink). */
export function blankCharts(page) {
  return page.evaluate(() =>
    qshAll('canvas.qsh-chart__canvas')
      .filter((canvas) => {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 4; i < data.length; i += 4) {
          if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) return false;
        }
        return true;
      })
      .map((canvas) => canvas.closest('[data-group]').dataset.group));
}

/** How far the page is wider than its viewport, in CSS px (0 or less: no horizontal overflow). */
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Every canvas label (recorded by the probe as the engine drew it, with the glyph box that the
 * engine's own measureText gives) that leaves its canvas or overlaps another label of the same
 * canvas by more than half a pixel each way; and how many labels were looked at.
 */
export function labelProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    let count = 0;
    for (const canvas of qshAll('canvas.qsh-chart__canvas')) {
      const group = canvas.closest('[data-group]').dataset.group;
      const texts = canvas.__e2eTexts ?? [];
      count += texts.length;
      const slack = 0.5;
      texts.forEach(({ text, box: [left, top, right, bottom] }, i) => {
        if (left < -slack || top < -slack || right > canvas.width + slack || bottom > canvas.height + slack) {
          problems.push(`${group}: "${text}" at [${[left, top, right, bottom].map(Math.round)}] leaves the ${canvas.width}×${canvas.height} canvas`);
        }
        for (const other of texts.slice(i + 1)) {
          const [l, t, r, b] = other.box;
          const across = Math.min(right, r) - Math.max(left, l);
          const down = Math.min(bottom, b) - Math.max(top, t);
          if (across > slack && down > slack) {
            problems.push(`${group}: "${text}" and "${other.text}" overlap by ${across.toFixed(1)}×${down.toFixed(1)} px`);
          }
        }
      });
    }
    return { problems, count };
  });
}

/** The tooltip of a chart: its label, value and phrase, or null when none shows. */
export function tooltip(page, group) {
  return page.evaluate((group) => {
    const tip = qshAll(`[data-group="${group}"] .qsh-tooltip`)[0];
    if (!tip) return null;
    const text = (selector) => tip.querySelector(selector)?.textContent ?? null;
    return { label: text('.qsh-tooltip__label'), value: text('.qsh-tooltip__value'), phrase: text('.qsh-tooltip__phrase') };
  }, group);
}

/** Waits for the tooltip of a chart to show `figure` (a CSV row) in `lang`; returns it. */
export async function waitForTooltip(page, group, figure, lang = 'zh') {
  const expected = { label: figure[`label_${lang}`], value: figure[`value_${lang}`], phrase: figure.phrase };
  try {
    await page.waitFor((group, value) => qshAll(`[data-group="${group}"] .qsh-tooltip__value`)[0]?.textContent === value,
      [group, expected.value], { timeout: 5000, what: `the tooltip of ${group} shows ${figure.id}` });
  } catch (error) {
    error.message += ` — shown: ${JSON.stringify(await tooltip(page, group))}`;
    throw error;
  }
  return { shown: await tooltip(page, group), expected };
}

/** The drawn figures of each chart, in drawing order (the order the arrow keys follow). */
export function chartFigures(page) {
  return page.evaluate(() => qshAll('canvas.qsh-chart__canvas').map((canvas) => ({
    group: canvas.closest('[data-group]').dataset.group,
    figures: canvas.dataset.drawnFigures.split(' '),
  })));
}

/** The element (in a shadow root) that has the keyboard focus: its tag and chart group. */
export function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { tag: element?.tagName ?? null, group: element?.closest?.('[data-group]')?.dataset.group ?? null };
  });
}
