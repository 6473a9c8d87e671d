// Draws every chart on the page with plotly.js. The data sits in <script type="application/json"> next to each chart,
// so the page needs no inline script and a strict Content-Security-Policy holds. Layouts are shared by chart kind.
(function () {
  'use strict';
  var layouts = /*LAYOUTS*/;

  function clone(value) {
    return JSON.parse(JSON.stringify(value));
  }

  function draw(figure) {
    var source = figure.querySelector('script.chart-data');
    var canvas = figure.querySelector('.chart-canvas');
    if (!source || !canvas || !window.Plotly) {
      return;
    }
    var data = JSON.parse(source.textContent);
    var layout = clone(layouts[data.kind]);
    if (data.separators) {
      layout.separators = data.separators;
    }
    if (data.x) {
      layout.xaxis.title = { text: data.x };
    }
    if (data.y) {
      layout.yaxis.title = { text: data.y };
    }
    figure.classList.add('chart-drawn');
    window.Plotly.newPlot(canvas, data.traces, layout, { displayModeBar: false, responsive: true, scrollZoom: false });
  }

  function drawAll() {
    var figures = document.querySelectorAll('figure.chart');
    for (var i = 0; i < figures.length; i++) {
      draw(figures[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
