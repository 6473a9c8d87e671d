// Runs the search on /sok/ with Pagefind's index (built with the site, served from it) and lists the hits as links.
(function () {
  'use strict';
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!input || !status || !list) {
    return;
  }

  function text(html) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    return holder.textContent || '';
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
      link.textContent = (result.meta && result.meta.title) || result.url;
      var excerpt = document.createElement('p');
      excerpt.textContent = text(result.excerpt);
      item.appendChild(link);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  if (query.trim() === '') {
    return;
  }

  status.textContent = status.dataset.searching;
  import('/pagefind/pagefind.js').then(function (pagefind) {
    return pagefind.search(query).then(function (search) {
      return Promise.all(search.results.slice(0, 30).map(function (r) { return r.data(); }));
    });
  }).then(function (results) {
    show(results, query);
  }).catch(function () {
    status.textContent = status.dataset.failed;
  });
})();
