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

  function withMark(layout, data) {
    // An illustrative figure says so inside the chart itself, and so in every image made from it.
    if (data.mark) {
      layout.annotations = [{ text: data.mark, xref: 'paper', yref: 'paper', x: 1, y: 1, xanchor: 'right', yanchor: 'top',
        showarrow: false, font: { size: 13, color: '#7a3b00' }, bgcolor: '#fff4e5', bordercolor: '#b35c00', borderpad: 3 }];
    }
    return layout;
  }

  function draw(figure) {
    var source = figure.querySelector('script.chart-data');
    var canvas = figure.querySelector('.chart-canvas');
    if (!source || !canvas || !window.Plotly || figure.classList.contains('chart-drawn')) {
      return;
    }
    var data = JSON.parse(source.textContent);
    figure.classList.add('chart-drawn');
    var config = { displayModeBar: false, responsive: true, scrollZoom: false, doubleClick: false };
    var layout = withMark(layoutFor(data, canvas.clientWidth), data);
    window.Plotly.newPlot(canvas, data.traces, layout, config);
    drawn.push({ canvas: canvas, data: data, width: canvas.clientWidth });
    tools(figure, data, layout);
  }

  // The page's address as the first part of a download's name: "skolor-37416253".
  function pageName() {
    return window.location.pathname.replace(/^\/|\/$/g, '').replace(/[^a-z0-9_-]+/gi, '-') || 'start';
  }

  // A file name from the page's address and the chart's key: "skolor-37416253-merit_value".
  function fileName(figure) {
    return pageName() + '-' + figure.id.replace(/^diagram-/, '');
  }

  function save(name, href) {
    var link = document.createElement('a');
    link.href = href;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  // Breaks a long source line for the image, whose text does not wrap by itself.
  function lines(text, width) {
    var words = text.split(' ');
    var out = [];
    var line = '';
    for (var i = 0; i < words.length; i++) {
      if (line.length > 0 && line.length + words[i].length + 1 > width) {
        out.push(line);
        line = '';
      }
      line += (line.length > 0 ? ' ' : '') + words[i];
    }
    out.push(line);
    return out.join('<br>');
  }

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // The image carries the chart's title, its source and dates, and its address, as the figure on the page does.
  function image(figure, data, layout, format) {
    var title = figure.querySelector('figcaption strong').textContent.replace(/\.$/, '');
    var source = figure.querySelector('.chart-source').textContent + ' ' + window.location.origin + window.location.pathname + '#' + figure.id;
    var wide = clone(layout);
    wide.width = 900;
    wide.height = layout.height + 130;
    wide.title = { text: '<b>' + escape(title) + '</b>', x: 0.01, xanchor: 'left', y: 0.98, yanchor: 'top', font: { size: 17 } };
    wide.margin = { l: 8, r: 8, t: 70, b: 90 };
    wide.xaxis.tickmode = 'auto';
    wide.xaxis.tickvals = null;
    wide.annotations = (wide.annotations || []).concat([{ text: escape(lines(source, 120)).replace(/&lt;br&gt;/g, '<br>'), xref: 'paper', yref: 'paper',
      x: 0, y: 0, xanchor: 'left', yanchor: 'top', yshift: -60, align: 'left', showarrow: false, font: { size: 11, color: '#4a4a4a' } }]);
    window.Plotly.toImage({ data: data.traces, layout: wide }, { format: format, width: 900, height: wide.height })
      .then(function (url) { save(fileName(figure) + '.' + format, url); });
  }

  function cell(value, excel) {
    var text = value === null || value === undefined ? '' : String(value);
    if (excel && typeof value === 'number') {
      text = text.replace('.', ',');
    }
    var special = excel ? /[";\n\r]/ : /[",\n\r]/;
    return special.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  // Rows as the dialect writes them (RFC 4180: commas; Excel: semicolons, decimal commas and a byte-order mark, as every
  // file under /data/), saved under the name with "-excel" for the Excel one.
  function saveCsv(name, rows, excel) {
    var separator = excel ? ';' : ',';
    var text = rows.map(function (r) { return r.map(function (v) { return cell(v, excel); }).join(separator); }).join('\r\n') + '\r\n';
    var url = URL.createObjectURL(new Blob([excel ? '\ufeff' + text : text], { type: 'text/csv;charset=utf-8' }));
    save(name + (excel ? '-excel' : '') + '.csv', url);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  // Exactly the chart's numbers, one row a point; the RFC 4180 file has English column codes, the Excel one Swedish
  // headers.
  function chartRows(data, excel) {
    var heads = {
      years: [['series', 'school_year', 'value'], ['Serie', 'Läsår', 'Värde']],
      bars: [['series', 'category', 'value'], ['Serie', 'Kategori', 'Värde']],
      scatter: [['series', 'x', 'y', 'label'], ['Serie', data.x || 'x', data.y || 'y', 'Namn']],
    }[data.kind];
    var rows = [heads[excel ? 1 : 0]];
    for (var t = 0; t < data.traces.length; t++) {
      var trace = data.traces[t];
      var horizontal = trace.orientation === 'h';
      var along = horizontal ? trace.y : trace.x;
      var values = horizontal ? trace.x : trace.y;
      for (var i = 0; i < along.length; i++) {
        var row = [trace.name, along[i], values[i]];
        if (data.kind === 'scatter') {
          row.push(trace.text && trace.text[i] !== undefined ? trace.text[i] : '');
        }
        rows.push(row);
      }
    }
    return rows;
  }

  function tools(figure, data, layout) {
    var box = figure.querySelector('.chart-downloads');
    if (!box) {
      return;
    }
    box.hidden = false;
    box.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) {
        return;
      }
      if (button.getAttribute('data-image')) {
        image(figure, data, layout, button.getAttribute('data-image'));
      } else {
        var excel = button.getAttribute('data-csv') === 'excel';
        saveCsv(fileName(figure), chartRows(data, excel), excel);
      }
    });
  }

  // A table's cell as the reader sees it, without the words only screen readers get.
  function visibleText(node) {
    var copy = node.cloneNode(true);
    var hidden = copy.querySelectorAll('.visually-hidden');
    for (var i = 0; i < hidden.length; i++) {
      hidden[i].parentNode.removeChild(hidden[i]);
    }
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  // "−1 234,5" is -1234.5 in the RFC 4180 file; anything that is not just a number stays as it is.
  function invariant(text) {
    var swedish = /^[−+-]?\d{1,3}( \d{3})*(,\d+)?$/.test(text) || /^[−+-]?\d+(,\d+)?$/.test(text);
    var english = /^[−+-]?\d{1,3}(,\d{3})*(\.\d+)?$/.test(text);
    if (document.documentElement.lang === 'sv' && swedish) {
      return text.replace(/ /g, '').replace(',', '.').replace('−', '-');
    }
    if (document.documentElement.lang !== 'sv' && english) {
      return text.replace(/,/g, '').replace('−', '-');
    }
    return text;
  }

  // Every data table gets the same downloads as a chart: exactly the cells it shows, in both dialects.
  function tableTools(table, index) {
    var region = table.closest('.table-scroll') || table;
    var box = document.createElement('span');
    box.className = 'chart-downloads table-downloads';
    var words = document.getElementById('main').dataset;
    [['rfc', words.tableCsv], ['excel', words.tableExcel]].forEach(function (p) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = p[1];
      button.addEventListener('click', function () {
        var excel = p[0] === 'excel';
        var rows = [].map.call(table.rows, function (row) {
          return [].map.call(row.cells, function (c) {
            var text = visibleText(c);
            return c.tagName === 'TD' && !excel ? invariant(text) : text;
          });
        });
        saveCsv(pageName() + '-tabell-' + (index + 1), rows, excel);
      });
      box.appendChild(button);
    });
    var holder = document.createElement('p');
    holder.className = 'chart-tools';
    holder.appendChild(box);
    region.parentNode.insertBefore(holder, region.nextSibling);
  }

  // A link to a chart or section inside a collapsed section opens it.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') {
        node.open = true;
      }
    }
    if (target) {
      // After the charts of the opened section are drawn, which changes its height.
      window.setTimeout(function () { target.scrollIntoView(); }, 200);
    }
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
    var tables = document.querySelectorAll('main table.data');
    for (var t = 0; t < tables.length; t++) {
      tableTools(tables[t], t);
    }
    openTarget();
    window.addEventListener('hashchange', openTarget);
    var timer = 0;
    window.addEventListener('resize', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(redrawTicks, 150);
    });
  }

  // The embed page draws the one chart it fetches.
  window.siteCharts = { draw: drawWhenShown };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
