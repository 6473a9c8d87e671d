// Runs the search on /sok/: loads the build's index.json (every school and area with its page), indexes it with
// MiniSearch (from npm, served from the site) and lists the hits as links. Accents are folded, so "hasselby" finds
// Hässelby; words match from their start and with a small typo allowance.
(function () {
  'use strict';
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!input || !status || !list) {
    return;
  }

  function fold(term) {
    return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function show(results, query) {
    list.textContent = '';
    status.textContent = results.length === 0
      ? status.dataset.none + ' ”' + query + '”.'
      : results.length + ' ' + (results.length === 1 ? status.dataset.one : status.dataset.many) + ' ”' + query + '”.';
    results.forEach(function (result) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.title;
      var about = document.createElement('p');
      about.textContent = result.about;
      item.appendChild(link);
      item.appendChild(about);
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  if (query.trim() === '') {
    return;
  }

  status.textContent = status.dataset.searching;
  fetch(status.dataset.index).then(function (response) {
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.json();
  }).then(function (items) {
    var search = new MiniSearch({
      fields: ['title', 'about'],
      storeFields: ['title', 'url', 'about'],
      processTerm: fold,
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3 }, combineWith: 'AND' }
    });
    search.addAll(items);
    show(search.search(query).slice(0, 30), query);
  }).catch(function () {
    status.textContent = status.dataset.failed;
  });
})();
