/* kbgen search client: instant results from the per-language index in search/<lang>/.
   normalize, tokenize and greeklishKey are line-for-line ports of kbgen/search/analysis.py
   (tested on the same cases in tests/search). Stems come from the index itself: every word
   form in the help center is shipped with its stem, so the browser needs no stemmer.
   Results are built with DOM text nodes only: nothing from a query or the index is ever
   parsed as HTML. */
(function () {
  "use strict";

  // ------------------------------------------------------------ analysis (port)
  function normalize(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ς/g, "σ");
  }
  function tokenize(text) { return normalize(text).match(/[\p{L}\p{N}]+/gu) || []; }
  var GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
  var GREEK_DIGRAPHS = [["ου", "u"], ["ει", "i"], ["οι", "i"], ["υι", "i"], ["αι", "e"],
    ["μπ", "b"], ["ντ", "d"], ["γκ", "g"], ["γγ", "g"], ["τσ", "ts"], ["τζ", "tz"],
    ["αυ", "av"], ["ευ", "ev"]];
  var GREEK_LETTERS = {}, gl = ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
    "ks", "o", "p", "r", "s", "t", "i", "f", "x", "ps", "o"];
  "αβγδεζηθικλμνξοπρστυφχψω".split("").forEach(function (c, i) { GREEK_LETTERS[c] = gl[i]; });
  var LATIN_RULES = [["8", "th"], ["4", "ps"], ["3", "ks"], ["ch", "x"], ["kh", "x"], ["ph", "f"],
    ["th", "th"], ["ey", "ev"], ["ay", "av"],
    ["ps", "ps"], ["ks", "ks"], ["ou", "u"], ["ei", "i"], ["oi", "i"], ["yi", "i"],
    ["ai", "e"], ["mp", "b"], ["nt", "d"], ["gk", "g"], ["gg", "g"], ["ng", "g"],
    ["au", "av"], ["af", "av"], ["eu", "ev"], ["ef", "ev"], ["w", "o"], ["y", "i"], ["h", "i"],
    ["q", "k"], ["c", "k"], ["j", "g"], ["x", "x"], ["u", "u"]];
  var LATIN_MAP = {};
  LATIN_RULES.forEach(function (r) { LATIN_MAP[r[0]] = r[1]; });
  var LATIN_RE = new RegExp(LATIN_RULES.map(function (r) { return r[0]; }).join("|"), "g");
  function greeklishKey(word) {
    var w = normalize(word);
    if (GREEK.test(w)) {
      GREEK_DIGRAPHS.forEach(function (d) { w = w.split(d[0]).join(d[1]); });
      w = w.split("").map(function (c) { return GREEK_LETTERS[c] || c; }).join("");
      w = w.split("af").join("av").split("ef").join("ev");
    } else {
      w = w.replace(LATIN_RE, function (m) { return LATIN_MAP[m]; });
    }
    return w.replace(/(.)\1+/g, "$1");
  }
  window.kbSearchAnalysis = { normalize: normalize, tokenize: tokenize, greeklishKey: greeklishKey };

  var MAX_RESULTS = 10;   // pages shown
  var MAX_ENTRIES = 3;    // FAQ entries listed under a page
  var CANDIDATES = 40;    // documents (pages and entries) read to fill them
  var ENTRY_WEIGHT = 0.9;

  // ------------------------------------------------------------ index access
  var cache = {};
  function fetchJson(url) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .catch(function () { delete cache[url]; return null; });
    }
    return cache[url];
  }
  function hex(text) {
    return Array.from(new TextEncoder().encode(text)).map(function (b) {
      return b.toString(16).padStart(2, "0"); }).join("");
  }
  function shardKey(keys, term) {
    for (var n = Math.min(term.length, 6); n >= 1; n--) {
      var k = term.slice(0, n);
      if (keys.has(k)) { return k; }
    }
    return null;
  }
  function within1(a, b) {  // Damerau-Levenshtein distance <= 1
    if (a === b) { return true; }
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) { return false; }
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) { i++; }
    if (la === lb) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // Shard keys, other than the word's own, that hold words one typo away from it.
  function typoKeys(m, word) {
    var own = shardKey(m.keySet, word), found = [];
    function take(k) { if (k && k !== own && found.indexOf(k) < 0) { found.push(k); } }
    for (var i = 0; i < 4 && i + 1 < word.length; i++) {
      take(shardKey(m.keySet, word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)));  // swap
      take(shardKey(m.keySet, word.slice(0, i + 1) + word.slice(i + 2)));  // an extra letter
    }
    m.keys.forEach(function (k) {  // a missing or a wrong letter inside a long shard key
      if (k.length < 3 || k[0] !== word[0] || found.length >= 6) { return; }
      var p = word.slice(0, k.length), diff = 0;
      for (var j = 0; j < k.length; j++) { if (k[j] !== p[j]) { diff++; } }
      if (diff === 1 && p.length === k.length) { take(k); return; }
      var shorter = word.slice(0, k.length - 1);
      for (var d = 1; d < k.length; d++) {
        if (k.slice(0, d) + k.slice(d + 1) === shorter) { take(k); return; }
      }
    });
    return found.slice(0, 6);
  }

  function Engine(base, lang) {
    this.base = base; this.lang = lang;
    this.manifest = fetchJson(base + "manifest.json").then(function (m) {
      if (m) { m.keySet = new Set(m.keys); m.stopSet = new Set(m.stop); }
      return m;
    });
  }
  Engine.prototype.shard = function (m, term) {
    var key = shardKey(m.keySet, term);
    return key === null ? Promise.resolve(null) : fetchJson(this.base + "t/" + hex(key) + ".json");
  };
  // Variants of one query word: [stem, weight] pairs.
  Engine.prototype.variants = function (m, word, prefix, budget) {
    var self = this, out = [], seen = {};
    function add(stem, w) { if (!(stem in seen) || seen[stem] < w) { seen[stem] = w; } }
    var jobs = [this.shard(m, word).then(function (s) {
      s = s || { f: {}, p: {} };  // no shard for this start: maybe a typo in it
      if (s.f[word]) { add(s.f[word], 1); } else if (s.p[word]) { add(word, 1); }
      var n = 0;
      if (prefix && word.length >= 2) {
        Object.keys(s.f).forEach(function (f) {
          if (n < 40 && f.length > word.length && f.indexOf(word) === 0) { add(s.f[f], 0.8); n++; }
        });
      }
      if (!Object.keys(seen).length && word.length >= 4) {
        // A form the help center does not use: its stem is usually a prefix of it
        // (επιστροφη -> επιστροφ), so take the longest stem that starts the word.
        var best = "";
        Object.keys(s.p).forEach(function (st) {
          if (st.length > best.length && st.length >= Math.max(3, word.length - 4) && word.indexOf(st) === 0) { best = st; }
        });
        if (best) { add(best, 0.9); }
      }
      if (!Object.keys(seen).length && word.length >= 5) {
        // One typo (edit or swap) in words of 5+ letters. A typo near the start can move the
        // word to another shard, so the shards the corrected word could live in are read too.
        var keys = typoKeys(m, word).slice(0, Math.max(0, budget.shards));
        budget.shards -= keys.length;  // a query of many unknown words stays small
        var shards = [s].concat(keys.map(function (k) {
          return fetchJson(self.base + "t/" + hex(k) + ".json");
        }));
        return Promise.all(shards).then(function (list) {
          list.forEach(function (sh) {
            if (sh) { Object.keys(sh.f).forEach(function (f) { if (within1(word, f)) { add(sh.f[f], 0.6); } }); }
          });
        });
      }
    })];
    if (this.lang === "el" && !GREEK.test(word) && /[a-z]/.test(word)) {
      var key = greeklishKey(word);
      jobs.push(this.shard(m, "~" + key).then(function (s) {
        if (!s) { return; }
        var g = s.g || {};
        (g[key] || []).forEach(function (st) { add(st, 0.9); });
        Object.keys(g).forEach(function (k) {
          if (k === key) { return; }
          if (prefix && key.length >= 3 && k.indexOf(key) === 0) { g[k].forEach(function (st) { add(st, 0.7); }); }
          else if (key.length >= 5 && within1(key, k)) { g[k].forEach(function (st) { add(st, 0.6); }); }
        });
      }));
    }
    return Promise.all(jobs).then(function () {
      Object.keys(seen).forEach(function (st) { out.push([st, seen[st]]); });
      return out;
    });
  };
  Engine.prototype.postings = function (m, stem) {
    return this.shard(m, stem).then(function (s) { return (s && s.p[stem]) || []; });
  };
  Engine.prototype.search = function (query) {
    var self = this;
    return this.manifest.then(function (m) {
      if (!m) { return { words: [], hits: [] }; }
      query = String(query).slice(0, 200);
      var all = tokenize(query).filter(function (w) { return w.length <= 40; }).slice(0, 12);
      var words = all.filter(function (w) { return !m.stopSet.has(w); });
      if (!words.length) { words = all; }
      if (!words.length) { return { words: [], hits: [] }; }
      var typing = !/\s$/.test(query), budget = { shards: 8 };
      return Promise.all(words.map(function (w, i) {
        return self.variants(m, w, typing && i === words.length - 1, budget);
      })).then(function (perWord) {
        return Promise.all(perWord.map(function (variants) {
          return Promise.all(variants.map(function (v) {
            return self.postings(m, v[0]).then(function (p) { return [v[1], p]; });
          }));
        }));
      }).then(function (lists) {
        var score = {}, matched = {}, counted = 0, weightSum = 0;
        lists.forEach(function (variants) {
          if (!variants.length) { return; }
          counted++;
          var best = {};
          variants.forEach(function (v) {
            v[1].forEach(function (p) { var s = v[0] * p[1]; if (!(p[0] in best) || best[p[0]] < s) { best[p[0]] = s; } });
          });
          // Coverage counts each word by its rarity (BM25's idf from the documents it is in),
          // so missing "way" or "like" in a long question costs little, a rare word a lot.
          var df = Object.keys(best).length, N = Math.max(m.docs, 1);
          var w = Math.log(1 + (N - df + 0.5) / (df + 0.5));
          weightSum += w;
          Object.keys(best).forEach(function (d) {
            score[d] = (score[d] || 0) + best[d];
            matched[d] = (matched[d] || 0) + w;
          });
        });
        // a word the help center does not have counts as the rarest
        weightSum += (words.length - counted) * Math.log(1 + (Math.max(m.docs, 1) + 0.5) / 0.5);
        var n = Math.max(weightSum, 1e-9);
        var ranked = Object.keys(score).map(function (d) {
          var cover = matched[d] / n;
          return [Number(d), score[d] * (0.25 + 0.75 * cover * cover)];
        }).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).slice(0, CANDIDATES);
        // Documents are read ten at a time until ten pages are found: a page's entries
        // sit next to it, so this usually costs the same chunks as before grouping.
        var docs = [];
        function more(from) {
          var batch = ranked.slice(from, from + MAX_RESULTS);
          return Promise.all(batch.map(function (r) { return self.doc(m, r[0]); })).then(function (got) {
            docs = docs.concat(got);
            var pages = {};
            docs.forEach(function (d) { if (d) { pages[d.parent >= 0 ? d.parent : d.id] = 1; } });
            if (Object.keys(pages).length >= MAX_RESULTS || from + MAX_RESULTS >= ranked.length) {
              return self.group(m, ranked.slice(0, docs.length), docs);
            }
            return more(from + MAX_RESULTS);
          });
        }
        return more(0).then(function (hits) {
          return { words: words, hits: hits, total: Object.keys(score).length };
        });
      });
    });
  };
  Engine.prototype.doc = function (m, id) {
    var chunk = Math.floor(id / m.chunk);
    return fetchJson(this.base + "d/" + chunk + ".json").then(function (c) {
      var d = c && c[id - chunk * m.chunk];
      return d ? { id: id, url: d[0], title: d[1], category: d[2], type: d[3], snippet: d[4],
                   parent: d.length > 5 ? d[5] : -1 } : null;
    });
  };
  // One result per page: a FAQ entry joins its page's result (its score counts a little
  // less than the page's own, so an answer does not outrank the article about the query).
  Engine.prototype.group = function (m, ranked, docs) {
    var self = this, groups = {}, order = [];
    ranked.forEach(function (r, i) {
      var d = docs[i];
      if (!d) { return; }
      var page = d.parent >= 0 ? d.parent : d.id;
      var g = groups[page];
      if (!g) { g = groups[page] = { page: page, score: 0, doc: null, entries: [] }; order.push(g); }
      if (d.parent >= 0) {
        g.score = Math.max(g.score, ENTRY_WEIGHT * r[1]);
        if (g.entries.length < MAX_ENTRIES) { g.entries.push(d); }
      } else {
        g.score = Math.max(g.score, r[1]); g.doc = d;
      }
    });
    order.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    order = order.slice(0, MAX_RESULTS);
    return Promise.all(order.map(function (g) {
      return g.doc ? g.doc : self.doc(m, g.page);
    })).then(function (pages) {
      return order.map(function (g, i) {
        var d = pages[i];
        if (!d) { return null; }
        return { url: d.url, title: d.title, category: d.category, type: d.type,
                 snippet: d.snippet, entries: g.entries };
      }).filter(Boolean);
    });
  };

  // ------------------------------------------------------------ UI
  function highlight(parent, text, words) {
    var parts = text.split(/([\p{L}\p{N}]+)/u);
    parts.forEach(function (part) {
      var n = normalize(part);
      var hit = part && words.some(function (w) { return w.length >= 2 && n.indexOf(w.slice(0, Math.max(3, w.length - 2))) === 0; });
      if (hit) { var mark = document.createElement("mark"); mark.textContent = part; parent.appendChild(mark); }
      else { parent.appendChild(document.createTextNode(part)); }
    });
  }

  function init(form) {
    if (form.getAttribute("data-kb-ready")) { return; }
    form.setAttribute("data-kb-ready", "1");
    var input = form.querySelector("[data-kb-search-input]");
    var list = form.querySelector(".kb-search__results");
    var status = form.querySelector(".kb-search__status");
    var base = new URL(form.getAttribute("data-index"), location.href).href;
    var root = new URL("../../", base).href;
    var engine = new Engine(base, form.getAttribute("data-lang"));
    var api = form.getAttribute("data-api");
    var timer = null, seq = 0, active = -1, lastQuery = "", lastCount = 0, reportTimer = null;

    var reported = "";  // a search is counted once, however it ends (idle, Enter, click)
    function report(extra) {
      clearTimeout(reportTimer);
      if (!api || !lastQuery || lastQuery.length < 2 || reported === lastQuery) { return; }
      reported = lastQuery;
      var body = Object.assign({ query: lastQuery.slice(0, 200), lang: form.getAttribute("data-lang"), results: lastCount }, extra || {});
      try {
        fetch(api.replace(/\/$/, "") + "/api/v1/search-events", { method: "POST", keepalive: true, mode: "cors",
          credentials: "omit", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
          .catch(function () {});
      } catch (e) { /* never break search */ }
    }

    function close() { list.hidden = true; active = -1; }
    function links() { return list.querySelectorAll("a[data-kb-search-result], a[data-kb-search-entry]"); }
    // Up and down move the focus through the results (a list of links); up from the first
    // goes back to the box.
    function select(i) {
      var items = links();
      if (!items.length) { return; }
      if (i < 0) { active = -1; input.focus(); return; }
      active = Math.min(i, items.length - 1);
      items[active].focus();
    }
    function option(i) {
      var li = document.createElement("li");
      li.id = input.id + "-r" + i;
      return li;
    }
    function link(url, attr) {
      var a = document.createElement("a");
      a.href = new URL(url, root).href;
      a.setAttribute(attr, "");
      a.setAttribute("data-kb-url", url);
      a.addEventListener("click", function () { report({ clicked: url.slice(0, 300) }); });
      return a;
    }
    function text(cls, value, words) {
      var span = document.createElement("span"); span.className = cls;
      if (words) { highlight(span, value || "", words); } else { span.textContent = value || ""; }
      return span;
    }
    function render(result) {
      list.replaceChildren();
      active = -1;
      var n = 0;
      result.hits.forEach(function (hit) {
        // one option per page, then one per FAQ entry of it that matched (flat, so the
        // arrow keys walk through both)
        var li = option(n++);
        var a = link(hit.url, "data-kb-search-result");
        a.append(text("kb-search__title", hit.title, result.words), text("kb-search__meta", hit.category),
                 text("kb-search__snippet", hit.snippet, result.words));
        li.appendChild(a);
        list.appendChild(li);
        hit.entries.forEach(function (entry) {
          var row = option(n++);
          row.className = "kb-search__entry";
          var e = link(entry.url, "data-kb-search-entry");
          e.append(text("kb-search__title", entry.title, result.words),
                   text("kb-search__snippet", entry.snippet, result.words));
          row.appendChild(e);
          list.appendChild(row);
        });
      });
      if (!result.hits.length && result.words.length) {
        var none = document.createElement("li");
        none.className = "kb-search__empty";
        none.appendChild(document.createTextNode(form.getAttribute("data-none") + " "));
        var contact = form.getAttribute("data-contact");
        if (contact) {
          var c = document.createElement("a");
          c.href = contact; c.textContent = form.getAttribute("data-contact-label");
          c.addEventListener("click", function () { close(); });
          none.appendChild(c);
        }
        list.appendChild(none);
      }
      list.hidden = list.children.length === 0;
      status.textContent = result.words.length ? (result.hits.length ?
        form.getAttribute("data-count").replace("{n}", String(result.hits.length)) : form.getAttribute("data-none")) : "";
    }
    function run() {
      var q = input.value, mine = ++seq;
      if (!q.trim()) { list.replaceChildren(); close(); status.textContent = ""; form.removeAttribute("data-kb-search-done"); return Promise.resolve(); }
      return engine.search(q).then(function (result) {
        if (mine !== seq) { return; }  // a newer keystroke won
        render(result);
        form.setAttribute("data-kb-search-done", q);  // the results on show answer this query
        lastQuery = q.trim(); lastCount = result.hits.length;
        clearTimeout(reportTimer);
        reportTimer = setTimeout(function () { report(); }, 1500);
      }).catch(function () { /* a failed fetch leaves the page as it was */ });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 60); });
    list.addEventListener("keydown", function (e) {
      var items = Array.prototype.slice.call(links());
      var at = items.indexOf(document.activeElement);
      if (e.key === "ArrowDown") { e.preventDefault(); select(at + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(at - 1); }
      else if (e.key === "Escape") { close(); input.focus(); }
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); select(0); }
      else if (e.key === "Enter") {
        e.preventDefault();
        clearTimeout(timer);
        var fresh = form.getAttribute("data-kb-search-done") === input.value;
        (fresh ? Promise.resolve() : run()).then(function () {
          var target = list.querySelector("[data-kb-search-result]");
          if (target) {
            report({ clicked: target.getAttribute("data-kb-url").slice(0, 300) });
            location.href = target.href;
          } else { report(); }
        });
      } else if (e.key === "Escape") { if (!list.hidden) { close(); } else { input.value = ""; } }
    });
    input.addEventListener("focus", function () { if (list.children.length) { list.hidden = false; } });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) { close(); } });
    form.addEventListener("focusout", function (e) { if (e.relatedTarget && !form.contains(e.relatedTarget)) { close(); } });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    if (input.value) { run(); }
  }

  function start() { document.querySelectorAll("[data-kb-search]").forEach(init); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(start); }
})();
