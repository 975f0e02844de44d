// Supervisor dashboard: refresh the figures and charts when any case changes (server-sent events from the
// case-events topic). Chart data comes from a JSON endpoint: the Content-Security-Policy allows no inline script.
// Without JavaScript the page still shows every figure; refreshing it shows the latest.
import { refreshOnCaseEvents, replaceFromServer } from '/js/live.js';

const figuresStatus = document.getElementById('figures-live');
const volumeElement = document.getElementById('volume-chart');
const attainmentElement = document.getElementById('attainment-chart');
const CHANNEL_COLOURS = { EMAIL: '#1d70b8', PHONE: '#00703c', WEB: '#f47738', SOCIAL: '#4c2c92' };

const volumeChart = window.echarts ? window.echarts.init(volumeElement, null, { height: 320 }) : null;
const attainmentChart = window.echarts ? window.echarts.init(attainmentElement, null, { height: 320 }) : null;

async function drawCharts() {
  if (!volumeChart) return;
  const response = await fetch(volumeElement.dataset.source, { headers: { 'Accept': 'application/json' } });
  if (!response.ok) return;
  const data = await response.json();
  const days = data.days.map((d) => d.slice(5));
  volumeChart.setOption({
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    series: Object.entries(data.opened).map(([channel, counts]) => ({
      name: channel.toLowerCase(), type: 'bar', stack: 'opened', data: counts, color: CHANNEL_COLOURS[channel],
    })),
  });
  attainmentChart.setOption({
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [{ name: 'on time %', type: 'line', data: data.attainmentPercent, connectNulls: true, color: '#00703c' }],
  });
}

drawCharts();
// An SLA scan can raise many alerts at once: refresh once a second at most.
refreshOnCaseEvents('/supervisor/stream', 1000, async () => {
  await replaceFromServer('figures', figuresStatus, 'Figures');
  await drawCharts();
});
