// Search box and language switch of the generated docs site. No network access: the index is
// the per-language search-index.js that the page loads next to it (window.smtpDocs).
(function () {
  'use strict';
  var root = document.documentElement.getAttribute('data-root') || '';

  // The language switch keeps the reader on the same page and the same code (anchor).
  var switches = [].slice.call(document.querySelectorAll('a[data-lang-switch]'));
  switches.forEach(function (a) { a.setAttribute('data-base', a.getAttribute('href')); });
  function syncLanguageLinks() {
    switches.forEach(function (a) { a.setAttribute('href', a.getAttribute('data-base') + location.hash); });
  }
  window.addEventListener('hashchange', syncLanguageLinks);
  syncLanguageLinks();

  // On a phone the page links are one line that scrolls sideways: show the current page's link.
  var current = document.querySelector('nav.pages a[aria-current]');
  if (current && current.parentNode.parentNode.scrollWidth > current.parentNode.parentNode.clientWidth) {
    current.parentNode.parentNode.scrollLeft = current.parentNode.offsetLeft - 16;
  }

  var form = document.getElementById('search');
  if (!form) return;
  var lazyIndex = document.documentElement.getAttribute('data-search-index');
  if (window.smtpDocs) start(window.smtpDocs, true);
  else if (lazyIndex) {
    // Pages with a large script of their own (explain.html) load the index on first use; their
    // fragment is their own, so short links are not followed there.
    form.hidden = false;
    var searchInput = document.getElementById('search-input');
    var load = function () {
      searchInput.removeEventListener('focus', load);
      var script = document.createElement('script');
      script.src = lazyIndex;
      script.onload = function () { if (window.smtpDocs) start(window.smtpDocs, false); };
      document.head.appendChild(script);
    };
    searchInput.addEventListener('focus', load);
  }

  function start(data, shortLinks) {
    var input = document.getElementById('search-input');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-list');
    var ui = data.ui;
    var plural = new Intl.PluralRules(document.documentElement.lang);
    form.hidden = false;

    // Short links: any page#550, #5.1.1 or #X.1.1 (or an old #code-x-1-1) opens the code's own page.
    function followShortLink() {
      var h = decodeURIComponent(location.hash.slice(1));
      if (!h || document.getElementById(h)) return;
      var m = /^(?:code-)?([245x])[.-](\d{1,3})[.-](\d{1,3})$/i.exec(h);
      var r = /^(?:code-)?(\d{3})$/.exec(h);
      var hit = data.entries.filter(function (e) {
        return m ? e.k === 'e' && e.c === 'X.' + +m[2] + '.' + +m[3] : r ? e.k === 'r' && e.c === r[1] : false;
      })[0];
      if (hit) location.replace(root + hit.u);
    }
    if (shortLinks) {
      window.addEventListener('hashchange', followShortLink);
      followShortLink();
    }

    // The same folding as the index (scripts/src/docs/text.ts): NFKC, lower case, the language's pairs.
    function norm(s) {
      s = s.normalize('NFKC').toLowerCase();
      (data.fold || []).forEach(function (f) { s = s.split(f[0]).join(f[1]); });
      return s.replace(/\s+/g, ' ').trim();
    }
    var BASIC = /^\d{1,3}$/;
    var ENHANCED = /^([245x])\.(\d{0,3})(?:\.(\d{0,3}))?$/;
    var isCode = function (t) { return BASIC.test(t) || ENHANCED.test(t); };

    // A code token: digits match reply codes by prefix (5, 55, 550); c.s.d matches enhanced codes
    // by subject and detail (any class 2, 4, 5 or x; an empty part matches everything).
    function codeMatch(token, e) {
      if (BASIC.test(token)) return e.k === 'r' && e.c.indexOf(token) === 0;
      var m = ENHANCED.exec(token);
      if (!m || e.k !== 'e') return false;
      var parts = e.c.split('.');
      return (m[2] === '' || +m[2] === +parts[1]) && (m[3] === undefined || m[3] === '' || +m[3] === +parts[2]);
    }

    function search(query) {
      var tokens = norm(query).split(' ').filter(Boolean);
      var codes = tokens.filter(isCode);
      if (codes.length) {
        return data.entries.filter(function (e) { return codes.some(function (t) { return codeMatch(t, e); }); })
          .map(function (e) { return { e: e, cls: classOf(codes, e) }; });
      }
      // Words: every token must occur (as a substring: Japanese has no spaces); title hits first.
      var hits = data.entries.filter(function (e) { return tokens.every(function (t) { return e.s.indexOf(t) >= 0; }); });
      var inTitle = function (e) { return tokens.every(function (t) { return e.n.indexOf(t) >= 0; }); };
      return hits.filter(inTitle).concat(hits.filter(function (e) { return !inTitle(e); })).map(function (e) { return { e: e }; });
    }

    // The class the reader typed, when the code is not used with it (5.1.5 for X.1.5, 2 only).
    function classOf(tokens, e) {
      if (e.k !== 'e') return null;
      for (var i = 0; i < tokens.length; i++) {
        var m = ENHANCED.exec(tokens[i]);
        if (m && m[1] !== 'x' && codeMatch(tokens[i], e) && e.cl.indexOf(+m[1]) < 0) return m[1];
      }
      return null;
    }

    function fill(template, values) {
      return template.replace(/\{(\w+)\}/g, function (w, k) { return k in values ? values[k] : w; });
    }

    function render() {
      var query = input.value;
      list.textContent = '';
      if (!norm(query)) {
        list.hidden = true;
        status.textContent = '';
        return;
      }
      var results = search(query);
      results.forEach(function (r) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + r.e.u;
        var code = document.createElement('span');
        code.className = 'code';
        code.textContent = r.e.c;
        a.appendChild(code);
        a.appendChild(document.createTextNode(' ' + r.e.t));
        li.appendChild(a);
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = ui.kinds[r.e.k] + (r.cls ? ' · ' + fill(ui.classNotUsed, { 'class': r.cls }) : '');
        li.appendChild(kind);
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
      status.textContent = results.length
        ? fill(ui.count[plural.select(results.length)] || ui.count.other, { n: results.length })
        : fill(ui.none, { query: query.trim() });
    }

    function links() { return [].slice.call(list.querySelectorAll('a')); }

    input.addEventListener('input', render);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var first = links()[0];
      if (first) location.href = first.href;
    });
    // Arrow keys move between the box and the results; Escape clears the box.
    form.addEventListener('keydown', function (ev) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (ev.key === 'ArrowDown' && all.length) {
        ev.preventDefault();
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (ev.key === 'ArrowUp' && at >= 0) {
        ev.preventDefault();
        (at === 0 ? input : all[at - 1]).focus();
      } else if (ev.key === 'Escape') {
        input.value = '';
        render();
        input.focus();
      }
    });
    list.addEventListener('click', function (ev) {
      if (ev.target.closest && ev.target.closest('a')) {
        input.value = '';
        render();
      }
    });

    var initial = new URLSearchParams(location.search).get('q');
    if (initial) input.value = initial;
    // Text typed before a lazily loaded index arrived is searched now.
    if (input.value) render();
  }
})();
