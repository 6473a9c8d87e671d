// The comparison page: the schools named in the address (?skolor=code,code), each measure as a chart with its table,
// from the build's JSON of every school's published values. Markers stay markers: a chart leaves a gap, a table says
// what the marker means.
(function () {
  'use strict';
  var root = document.getElementById('compare');
  if (!root) {
    return;
  }
  var ds = root.dataset;
  var styles = [
    { color: '#0b4f8a', dash: 'solid', symbol: 'circle' },
    { color: '#a34f00', dash: 'dash', symbol: 'square' },
    { color: '#4a4a4a', dash: 'dot', symbol: 'diamond' },
    { color: '#6a3d9a', dash: 'dashdot', symbol: 'triangle-up' },
  ];
  var data;
  var byCode = {};
  var byName = {};

  function chosen() {
    var raw = new URLSearchParams(window.location.search).get('skolor') || '';
    var seen = {};
    return raw.split(',').filter(function (c) {
      var ok = byCode[c] && !seen[c];
      seen[c] = true;
      return ok;
    }).slice(0, 4);
  }

  function setChosen(codes) {
    var url = new URL(window.location.href);
    url.searchParams.set('skolor', codes.join(','));
    window.history.replaceState(null, '', url.pathname + '?' + url.searchParams.toString().replace(/%2C/g, ','));
    render();
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) {
      node.setAttribute(key, attrs[key]);
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function number(value) {
    var separators = data.separators;
    var text = value.toFixed(1);
    return separators.charAt(0) === ',' ? text.replace('.', ',') : text;
  }

  function cellText(value) {
    return typeof value === 'number' ? number(value) : value === null ? '–' : value;
  }

  // The sentence says what the table's last year shows: the highest and the lowest of the chosen schools.
  function summary(m, codes) {
    var year = data.years.length - 1;
    var known = codes.map(function (c) { return { name: byCode[c].name, v: byCode[c].values[m][year] }; })
      .filter(function (x) { return typeof x.v === 'number'; })
      .sort(function (a, b) { return b.v - a.v; });
    if (known.length === 0) {
      return ds.none + ' ' + data.years[year] + '.';
    }
    var top = known[0];
    var low = known[known.length - 1];
    var text = data.labels[m] + ' ' + ds.in + ' ' + data.years[year] + ': ' + ds.highest + ' ' + top.name + ' (' + number(top.v) + ')';
    return known.length > 1 ? text + ', ' + ds.lowest + ' ' + low.name + ' (' + number(low.v) + ').' : text + '.';
  }

  function figure(m, codes) {
    var key = data.measures[m];
    var fig = el('figure', { class: 'chart', id: 'diagram-' + key });
    fig.appendChild(el('div', { class: 'chart-canvas', role: 'img', 'aria-label': summary(m, codes) }));
    var traces = codes.map(function (c, i) {
      var s = styles[i];
      return {
        type: 'scatter', mode: 'lines+markers', name: byCode[c].name, x: data.years,
        y: byCode[c].values[m].map(function (v) { return typeof v === 'number' ? v : null; }),
        line: { color: s.color, dash: s.dash }, marker: { color: s.color, symbol: s.symbol },
      };
    });
    fig.appendChild(el('script', { type: 'application/json', class: 'chart-data' },
      JSON.stringify({ kind: 'years', x: null, y: data.labels[m], separators: data.separators, traces: traces })));
    var caption = el('figcaption');
    caption.appendChild(el('strong', {}, data.labels[m] + '.'));
    caption.appendChild(document.createTextNode(' ' + summary(m, codes) + ' '));
    caption.appendChild(el('span', { class: 'chart-source' }, ds.source));
    fig.appendChild(caption);
    var tools = el('div', { class: 'chart-tools' });
    tools.appendChild(el('a', { class: 'permalink', href: '#diagram-' + key }, ds.permalink));
    var downloads = el('span', { class: 'chart-downloads', hidden: '' });
    downloads.appendChild(el('button', { type: 'button', 'data-image': 'png' }, ds.png));
    downloads.appendChild(el('button', { type: 'button', 'data-image': 'svg' }, 'SVG'));
    downloads.appendChild(el('button', { type: 'button', 'data-csv': 'rfc' }, ds.csv));
    downloads.appendChild(el('button', { type: 'button', 'data-csv': 'excel' }, ds.excel));
    tools.appendChild(downloads);
    fig.appendChild(tools);
    return fig;
  }

  function table(m, codes) {
    var wrap = el('div', { class: 'table-scroll', role: 'region', 'aria-label': data.labels[m], tabindex: '0' });
    var t = el('table', { class: codes.length > 2 ? 'data stack' : 'data' });
    t.appendChild(el('caption', {}, data.labels[m]));
    var head = el('thead');
    var row = el('tr');
    row.appendChild(el('th', { scope: 'col' }, ds.year));
    codes.forEach(function (c) { row.appendChild(el('th', { scope: 'col', class: 'num' }, byCode[c].name)); });
    head.appendChild(row);
    t.appendChild(head);
    var body = el('tbody');
    data.years.forEach(function (year, y) {
      var tr = el('tr');
      tr.appendChild(el('th', { scope: 'row' }, year));
      codes.forEach(function (c) {
        var v = byCode[c].values[m][y];
        var td = el('td', { class: 'num', 'data-label': byCode[c].name }, cellText(v));
        if (typeof v === 'string' && data.markers[v]) {
          td.setAttribute('title', data.markers[v]);
          td.appendChild(el('span', { class: 'visually-hidden' }, ' (' + data.markers[v] + ')'));
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    var trend = el('tr');
    trend.appendChild(el('th', { scope: 'row' }, ds.trend));
    codes.forEach(function (c) { trend.appendChild(el('td', { class: 'text', 'data-label': byCode[c].name }, byCode[c].verdicts[m])); });
    body.appendChild(trend);
    t.appendChild(body);
    wrap.appendChild(t);
    return wrap;
  }

  function render() {
    var codes = chosen();
    var list = document.getElementById('compare-chosen');
    var results = document.getElementById('compare-results');
    var status = document.getElementById('compare-status');
    list.replaceChildren();
    codes.forEach(function (c) {
      var li = el('li');
      li.appendChild(el('a', { href: byCode[c].href }, byCode[c].name));
      li.appendChild(document.createTextNode(' – ' + [byCode[c].area, byCode[c].organizer].filter(Boolean).join(', ') + ' '));
      var remove = el('button', { type: 'button', 'aria-label': ds.remove + ' ' + byCode[c].name }, ds.remove);
      remove.addEventListener('click', function () { setChosen(codes.filter(function (x) { return x !== c; })); });
      li.appendChild(remove);
      list.appendChild(li);
    });
    results.replaceChildren();
    if (codes.length < 2) {
      status.textContent = ds.statusFew;
      return;
    }
    status.textContent = ds.statusShown + ' ' + codes.map(function (c) { return byCode[c].name; }).join(', ') + '.';
    data.measures.forEach(function (_, m) {
      var fig = figure(m, codes);
      results.appendChild(fig);
      results.appendChild(table(m, codes));
      window.siteCharts.draw(fig);
    });
  }

  function add(event) {
    event.preventDefault();
    var input = document.getElementById('compare-add');
    var school = byName[input.value.trim().toLowerCase()];
    var codes = chosen();
    var status = document.getElementById('compare-status');
    if (!school) {
      status.textContent = ds.statusUnknown;
      return;
    }
    if (codes.length >= 4) {
      status.textContent = ds.statusMany;
      return;
    }
    input.value = '';
    setChosen(codes.concat([school.code]).filter(function (c, i, all) { return all.indexOf(c) === i; }));
  }

  window.fetch(ds.src).then(function (r) { return r.json(); }).then(function (json) {
    data = json;
    var names = document.getElementById('compare-names');
    data.schools.forEach(function (s) {
      byCode[s.code] = s;
      byName[s.name.toLowerCase()] = s;
      names.appendChild(el('option', { value: s.name }, s.area));
    });
    root.hidden = false;
    document.getElementById('compare-form').addEventListener('submit', add);
    render();
  });
})();
