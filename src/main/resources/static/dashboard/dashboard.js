// Draws every <canvas data-chart="{Chart.js config}"> on the page. The configuration comes from the
// server, built from numbers that already passed the k rule; this file only draws.
(function () {
  'use strict';
  const palette = ['#1f6f8b', '#e07a5f', '#3d405b', '#81b29a', '#f2cc8f', '#9a4c95', '#6d597a', '#2a9d8f'];

  function draw(canvas) {
    let config;
    try {
      config = JSON.parse(canvas.dataset.chart);
    } catch (e) {
      return null;
    }
    const many = config.type === 'doughnut' || (config.data.datasets.length === 1 && config.type === 'bar');
    config.data.datasets.forEach(function (ds, i) {
      if (config.type === 'doughnut') {
        ds.backgroundColor = config.data.labels.map(function (_, j) { return palette[j % palette.length]; });
      } else {
        ds.backgroundColor = palette[i % palette.length];
        ds.borderColor = palette[i % palette.length];
      }
    });
    if (many && config.type === 'bar') {
      config.options = Object.assign({ plugins: { legend: { display: false } } }, config.options);
    }
    return new Chart(canvas, config);
  }

  function start() {
    window.wegwijsCharts = {};
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      const chart = draw(canvas);
      if (chart) {
        window.wegwijsCharts[canvas.id] = chart;
      }
    });
    document.querySelectorAll('[data-print]').forEach(function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
