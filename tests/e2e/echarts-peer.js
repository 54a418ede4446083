// Draws window.PEER_CHARTS ([{ id, kind, title, height, figures: [{ label, value, shown }] }])
// with ECharts, the way an ECharts page would: one instance per chart, resize() on resize.
/* global echarts */
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const ACCENT = '#0072b2';
const MUTED = '#5c5c5c';

function barsOption(chart) {
  const figures = [...chart.figures].reverse();
  return {
    animation: false,
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: figures.map((figure) => figure.label),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: MUTED, fontFamily: FONT, fontSize: 12, width: 120, overflow: 'truncate' },
    },
    series: [{
      type: 'bar',
      barWidth: '60%',
      data: figures.map((figure) => ({
        value: figure.value,
        itemStyle: { color: figure.value < 0 ? '#d55e00' : ACCENT },
      })),
      label: {
        show: true,
        position: 'right',
        fontFamily: FONT,
        fontSize: 12,
        formatter: ({ dataIndex }) => figures[dataIndex].shown,
      },
    }],
  };
}

function ringOption(chart) {
  return {
    animation: false,
    legend: { orient: 'vertical', right: 8, top: 'middle', textStyle: { fontFamily: FONT, fontSize: 12 } },
    series: [{
      type: 'pie',
      radius: ['44%', '66%'],
      center: ['30%', '50%'],
      label: { show: false },
      data: chart.figures.map((figure) => ({ name: `${figure.label} ${figure.shown}`, value: Math.abs(figure.value) })),
    }],
  };
}

const grid = document.querySelector('.grid');
const instances = [];
for (const chart of window.PEER_CHARTS ?? []) {
  const card = document.createElement('figure');
  card.className = 'card';
  const title = document.createElement('h3');
  title.textContent = chart.title;
  const box = document.createElement('div');
  box.className = 'chart';
  box.style.height = `${chart.height}px`;
  card.append(title, box);
  grid.append(card);
  const instance = echarts.init(box, null, { renderer: 'canvas' });
  instance.setOption(chart.kind === 'ring' ? ringOption(chart) : barsOption(chart));
  instances.push(instance);
}
window.addEventListener('resize', () => {
  for (const instance of instances) instance.resize();
});
// setOption draws synchronously (zrender flushes at once): every chart is drawn by now.
window.peerDrawnAt = performance.now();
window.peerReady = true;
