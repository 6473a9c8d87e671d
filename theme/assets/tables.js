// Sorting and filtering of the school tables (table[data-sortable]) and of the A–Ö list (ol/ul[data-sortable-list]),
// with the state in the address (?sortera=key&ordning=fallande&huvudman=municipal) so that a view can be shared. Without
// scripts the tables and the list are as the build wrote them.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);

  function saveState(sort, order, organizer) {
    var url = new URL(window.location.href);
    [['sortera', sort], ['ordning', order], ['huvudman', organizer]].forEach(function (p) {
      if (p[1]) {
        url.searchParams.set(p[0], p[1]);
      } else {
        url.searchParams.delete(p[0]);
      }
    });
    window.history.replaceState(null, '', url.pathname + (url.search ? url.search : '') + url.hash);
  }

  // A key's natural order: names A–Ö, measures highest first.
  function natural(key) {
    return key === 'name' ? 'stigande' : 'fallande';
  }

  function value(item, key) {
    var raw = item.getAttribute('data-' + key);
    return raw === null || raw === '' ? null : Number(raw);
  }

  // Schools without a value (a marker, or no row) always come last, in either order.
  function compare(key, descending, collator) {
    return function (a, b) {
      if (key === 'name') {
        var byName = collator.compare(a.getAttribute('data-name'), b.getAttribute('data-name'));
        return descending ? -byName : byName;
      }
      var x = value(a, key);
      var y = value(b, key);
      if (x === null || y === null) {
        return x === null && y === null ? 0 : x === null ? 1 : -1;
      }
      return descending ? y - x : x - y;
    };
  }

  // A labelled select of [value, text] pairs, appended to the form.
  function select(form, name, label, options) {
    var wrap = document.createElement('label');
    wrap.textContent = label + ' ';
    var box = document.createElement('select');
    box.name = name;
    options.forEach(function (p) {
      var o = document.createElement('option');
      o.value = p[0];
      o.textContent = p[1];
      box.appendChild(o);
    });
    wrap.appendChild(box);
    form.appendChild(wrap);
    return box;
  }

  function controls(host, keys, labels) {
    var form = document.createElement('form');
    form.className = 'sort-controls';
    var sort = select(form, 'sortera', host.getAttribute('data-sort-label'), keys.map(function (k, i) { return [k, labels[i]]; }));
    var order = select(form, 'ordning', host.getAttribute('data-order-label'),
      [['fallande', host.getAttribute('data-descending')], ['stigande', host.getAttribute('data-ascending')]]);
    var organizer = select(form, 'huvudman', host.getAttribute('data-organizer-label'), JSON.parse(host.getAttribute('data-organizers')));
    var status = document.createElement('p');
    status.className = 'sort-status';
    status.setAttribute('role', 'status');
    form.appendChild(status);
    sort.value = keys.indexOf(params.get('sortera')) >= 0 ? params.get('sortera') : keys[0];
    order.value = params.get('ordning') === 'stigande' || params.get('ordning') === 'fallande' ? params.get('ordning') : natural(sort.value);
    organizer.value = [].some.call(organizer.options, function (o) { return o.value === params.get('huvudman'); }) ? params.get('huvudman') : '';
    return { form: form, sort: sort, order: order, organizer: organizer, status: status };
  }

  function setUp(host, items, place) {
    var heads = JSON.parse(host.getAttribute('data-sort-keys'));
    var c = controls(host, heads.map(function (h) { return h[0]; }), heads.map(function (h) { return h[1]; }));
    var before = host.closest('.table-scroll') || host;
    before.parentNode.insertBefore(c.form, before);
    var collator = new Intl.Collator(document.documentElement.lang || 'sv');
    function apply(save) {
      var shown = 0;
      var sorted = items.slice().sort(compare(c.sort.value, c.order.value === 'fallande', collator));
      sorted.forEach(function (item) {
        var keep = !c.organizer.value || item.getAttribute('data-organizer') === c.organizer.value;
        item.hidden = !keep;
        shown += keep ? 1 : 0;
      });
      place(sorted, c.sort.value, c.order.value === 'fallande');
      c.status.textContent = host.getAttribute('data-shown').replace('{n}', shown).replace('{total}', items.length);
      if (save) {
        // The first key in its natural order is the page as built: the address then says nothing of it.
        var asBuilt = c.sort.value === heads[0][0] && c.order.value === natural(heads[0][0]);
        saveState(asBuilt ? '' : c.sort.value, asBuilt ? '' : c.order.value, c.organizer.value);
      }
    }
    // A new key starts in its natural order.
    c.sort.addEventListener('change', function () { c.order.value = natural(c.sort.value); });
    [c.sort, c.order, c.organizer].forEach(function (s) { s.addEventListener('change', function () { apply(true); }); });
    apply(false);
  }

  var tables = document.querySelectorAll('table[data-sortable]');
  for (var i = 0; i < tables.length; i++) {
    (function (table) {
      var body = table.tBodies[0];
      setUp(table, [].slice.call(body.rows), function (sorted, key, descending) {
        sorted.forEach(function (row) { body.appendChild(row); });
        var heads = table.tHead.rows[0].cells;
        for (var h = 0; h < heads.length; h++) {
          heads[h].removeAttribute('aria-sort');
          if (heads[h].getAttribute('data-key') === key) {
            heads[h].setAttribute('aria-sort', descending ? 'descending' : 'ascending');
          }
        }
      });
    })(tables[i]);
  }

  var lists = document.querySelectorAll('[data-sortable-list]');
  for (var j = 0; j < lists.length; j++) {
    (function (host) {
      var items = [].slice.call(document.querySelectorAll('.school-list li[data-name]'));
      var flat = document.createElement('ol');
      flat.className = 'school-list sorted';
      flat.hidden = true;
      host.appendChild(flat);
      var groups = document.querySelectorAll('.letter-group, nav.letters');
      var originals = items.map(function (li) { return { li: li, parent: li.parentNode }; });
      setUp(host, items, function (sorted, key, descending) {
        var byName = key === 'name' && !descending;
        for (var g = 0; g < groups.length; g++) {
          groups[g].hidden = !byName;
        }
        flat.hidden = byName;
        if (byName) {
          originals.forEach(function (o) { o.parent.appendChild(o.li); });
          return;
        }
        sorted.forEach(function (li) { flat.appendChild(li); });
      });
    })(lists[j]);
  }
})();
