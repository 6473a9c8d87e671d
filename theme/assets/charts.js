// Draws every chart on the page with plotly.js. The data sits in <script type="application/json"> next to each chart,
// so the page needs no inline script and a strict Content-Security-Policy holds. Layouts are shared by chart kind.
(function () {
  'use strict';
  var layouts = /*LAYOUTS*/;
  // The width one school-year label needs ("2024/25" at 14 px, with room either side).
  var yearLabelWidth = 64;
  var drawn = [];

  function clone(value) {
    return JSON.parse(JSON.stringify(value));
  }

  // On a narrow screen every school year's label did not fit: show every second or third, always the latest.
  function yearTicks(data, width) {
    var years = data.traces.length > 0 && data.traces[0].x ? data.traces[0].x : [];
    var fit = Math.max(2, Math.floor((width - 60) / yearLabelWidth));
    if (years.length <= fit) {
      return null;
    }
    var step = Math.ceil(years.length / fit);
    var shown = [];
    for (var i = years.length - 1; i >= 0; i -= step) {
      shown.unshift(years[i]);
    }
    return shown;
  }

  // On a narrow screen long category names ("Hässelby-Vällingby") took half the width from the bars: they wrap.
  function wrapped(name) {
    if (name.length <= 12) {
      return name;
    }
    var words = name.replace(/-/g, '-\u0001').replace(/ /g, ' \u0001').split('\u0001');
    var lines = [];
    var line = '';
    for (var i = 0; i < words.length; i++) {
      if (line.length > 0 && (line + words[i]).length > 12) {
        lines.push(line.trim());
        line = '';
      }
      line += words[i];
    }
    lines.push(line.trim());
    return lines.join('<br>');
  }

  function layoutFor(data, width) {
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
    if (data.kind === 'years') {
      var ticks = yearTicks(data, width);
      if (ticks) {
        layout.xaxis.tickmode = 'array';
        layout.xaxis.tickvals = ticks;
      }
    }
    if (data.kind === 'bars' && width < 500 && data.traces.length > 0 && data.traces[0].y) {
      layout.yaxis.tickmode = 'array';
      layout.yaxis.tickvals = data.traces[0].y;
      layout.yaxis.ticktext = data.traces[0].y.map(wrapped);
      // Two lines a name need more room a bar.
      layout.height = Math.max(layout.height, data.traces[0].y.length * 40 + 100);
    }
    return layout;
  }

  function draw(figure) {
    var source = figure.querySelector('script.chart-data');
    var canvas = figure.querySelector('.chart-canvas');
    if (!source || !canvas || !window.Plotly) {
      return;
    }
    var data = JSON.parse(source.textContent);
    figure.classList.add('chart-drawn');
    var config = { displayModeBar: false, responsive: true, scrollZoom: false, doubleClick: false };
    window.Plotly.newPlot(canvas, data.traces, layoutFor(data, canvas.clientWidth), config);
    drawn.push({ canvas: canvas, data: data, width: canvas.clientWidth });
  }

  // A turned phone or a resized window: the year labels are chosen again for the new width.
  function redrawTicks() {
    for (var i = 0; i < drawn.length; i++) {
      var chart = drawn[i];
      if (chart.data.kind === 'years' && chart.canvas.clientWidth !== chart.width) {
        chart.width = chart.canvas.clientWidth;
        var ticks = yearTicks(chart.data, chart.width);
        window.Plotly.relayout(chart.canvas, ticks
          ? { 'xaxis.tickmode': 'array', 'xaxis.tickvals': ticks }
          : { 'xaxis.tickmode': 'auto', 'xaxis.tickvals': null });
      }
    }
  }

  // A chart in a collapsed section is drawn when the section opens: drawn while hidden, it would have no width.
  function drawWhenShown(figure) {
    var closed = figure.closest('details:not([open])');
    if (!closed) {
      draw(figure);
      return;
    }
    closed.addEventListener('toggle', function shown() {
      if (closed.open) {
        closed.removeEventListener('toggle', shown);
        drawWhenShown(figure);
      }
    });
  }

  function drawAll() {
    var figures = document.querySelectorAll('figure.chart');
    for (var i = 0; i < figures.length; i++) {
      drawWhenShown(figures[i]);
    }
    var timer = 0;
    window.addEventListener('resize', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(redrawTicks, 150);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
