// The embed page: reads the chart named in its address (?sida=/skolor/…/&diagram=merit_value) from that chart's own
// page on this site, and draws it with the shared chart script. Only a page of this site can be named.
(function () {
  'use strict';
  var main = document.getElementById('embed');
  var params = new URLSearchParams(window.location.search);
  var key = params.get('diagram') || '';
  var page;
  try {
    page = new URL(params.get('sida') || '', window.location.origin);
  } catch (e) {
    page = null;
  }

  function missing() {
    main.textContent = main.getAttribute('data-missing');
  }

  if (!page || page.origin !== window.location.origin || !/^[a-z0-9_]+$/.test(key)) {
    missing();
    return;
  }

  var address = page.pathname + '#diagram-' + key;
  window.fetch(page.pathname, { credentials: 'same-origin' })
    .then(function (response) {
      return response.ok ? response.text() : Promise.reject(new Error(String(response.status)));
    })
    .then(function (html) {
      var found = new window.DOMParser().parseFromString(html, 'text/html').getElementById('diagram-' + key);
      if (!found) {
        missing();
        return;
      }
      var figure = document.importNode(found, true);
      // Links leave the frame, and the permalink is the chart on its own page.
      var links = figure.querySelectorAll('a');
      for (var i = 0; i < links.length; i++) {
        links[i].target = '_top';
      }
      figure.querySelector('a.permalink').href = address;
      var embed = figure.querySelector('a.embed-link');
      if (embed) {
        embed.parentNode.removeChild(embed);
      }
      main.replaceChildren(figure);
      document.getElementById('embed-source').href = address;
      window.siteCharts.draw(figure);
    })
    .catch(missing);
})();
