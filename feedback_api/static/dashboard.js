/* Writers' dashboard: reads the JSON reports with the admin token and draws them, in Greek or
   English (the browser's language first, switchable, remembered). Every value from the API is
   inserted as text (textContent), never as markup; links only to http(s) URLs. */
(function () {
  "use strict";
  var TOKEN_KEY = "kb-admin-token", LANG_KEY = "kb-admin-lang";
  var STRINGS = {
    en: {
      title: "Help center feedback", token: "Admin token", show: "Show reports",
      loading: "Loading…", failed: "Could not load the reports: {e}",
      totals: "Totals", votes: "Votes", helpful_share: "Found it helpful", searches_total: "Searches",
      trend: "Votes over time", helpful: "Helpful", not_helpful: "Not helpful",
      chart_summary: "{from} – {to}: {votes} votes, {share} helpful. Each bar is one {unit}.",
      chart_empty: "No votes yet.", unit_day: "day", unit_week: "week", unit_month: "month",
      worst: "Least helpful articles",
      worst_hint: "Articles whose share of “Yes” votes is surely low come first: ordered by the upper end of the 95% range, so one “No” vote does not outrank an article many readers found unhelpful. Articles with fewer than 5 votes are not ranked.",
      best: "Most helpful articles",
      best_hint: "Ordered by the lower end of the 95% range: many “Yes” votes beat a single one.",
      none_ranked: "No article has 5 votes yet.", csv: "Download CSV",
      none_best: "No article is surely helpful yet (the lower end of its range at 50% or more).",
      n_votes: "{n} votes", one_vote: "1 vote", share: "{p} helpful", range: "95% range {lo}–{hi}",
      reasons: "Reasons:", lang_el: "Greek", lang_en: "English", lang_fr: "French",
      searches: "Searches that found nothing", times: "{n} times", once: "once",
      last_seen: "last {d}", none_searches: "No failed searches.",
      suggestions: "Suggestions from support tickets", imported: "Imported: {d}",
      none_suggestions: "No suggestions imported yet (kbgen mine, then import).",
      missing: "Missing article", improve: "Article to improve", tickets: "{n} tickets",
      status: "Status", saved: "Saved", comments: "Latest comments", none_comments: "No comments yet.",
      yes_vote: "Yes", no_vote: "No",
      r_outdated: "It is out of date", r_unclear: "It is hard to understand",
      r_missing_information: "Information is missing", r_did_not_solve: "It did not solve the problem",
      r_other: "Something else",
      s_open: "Open", s_planned: "Planned", s_written: "Written", s_dismissed: "Dismissed"
    },
    el: {
      title: "Σχόλια στο κέντρο βοήθειας", token: "Κλειδί διαχειριστή", show: "Εμφάνιση αναφορών",
      loading: "Φόρτωση…", failed: "Οι αναφορές δεν φορτώθηκαν: {e}",
      totals: "Σύνολα", votes: "Ψήφοι", helpful_share: "Τους βοήθησε", searches_total: "Αναζητήσεις",
      trend: "Ψήφοι στον χρόνο", helpful: "Βοήθησε", not_helpful: "Δεν βοήθησε",
      chart_summary: "{from} – {to}: {votes} ψήφοι, {share} θετικές. Κάθε στήλη είναι μία {unit}.",
      chart_empty: "Δεν υπάρχουν ψήφοι ακόμη.", unit_day: "ημέρα", unit_week: "εβδομάδα", unit_month: "μήνας",
      worst: "Τα λιγότερο χρήσιμα άρθρα",
      worst_hint: "Πρώτα τα άρθρα που σίγουρα βοηθούν λίγους: η σειρά ακολουθεί το πάνω άκρο του διαστήματος 95%, ώστε ένα μόνο «Όχι» να μην ξεπερνά ένα άρθρο που πολλοί αναγνώστες βρήκαν άχρηστο. Άρθρα με λιγότερες από 5 ψήφους δεν κατατάσσονται.",
      best: "Τα πιο χρήσιμα άρθρα",
      best_hint: "Η σειρά ακολουθεί το κάτω άκρο του διαστήματος 95%: πολλά «Ναι» μετρούν περισσότερο από ένα.",
      none_ranked: "Κανένα άρθρο δεν έχει ακόμη 5 ψήφους.", csv: "Λήψη CSV",
      none_best: "Κανένα άρθρο δεν βοηθά ακόμη με βεβαιότητα (κάτω άκρο του διαστήματος 50% ή περισσότερο).",
      n_votes: "{n} ψήφοι", one_vote: "1 ψήφος", share: "{p} θετικές", range: "διάστημα 95% {lo}–{hi}",
      reasons: "Λόγοι:", lang_el: "Ελληνικά", lang_en: "Αγγλικά", lang_fr: "Γαλλικά",
      searches: "Αναζητήσεις χωρίς αποτέλεσμα", times: "{n} φορές", once: "μία φορά",
      last_seen: "τελευταία {d}", none_searches: "Καμία αναζήτηση χωρίς αποτέλεσμα.",
      suggestions: "Προτάσεις από τα αιτήματα υποστήριξης", imported: "Εισαγωγή: {d}",
      none_suggestions: "Δεν έχουν εισαχθεί προτάσεις (kbgen mine και μετά εισαγωγή).",
      missing: "Άρθρο που λείπει", improve: "Άρθρο προς βελτίωση", tickets: "{n} αιτήματα",
      status: "Κατάσταση", saved: "Αποθηκεύτηκε", comments: "Τελευταία σχόλια", none_comments: "Δεν υπάρχουν σχόλια ακόμη.",
      yes_vote: "Ναι", no_vote: "Όχι",
      r_outdated: "Δεν είναι ενημερωμένο", r_unclear: "Δεν είναι κατανοητό",
      r_missing_information: "Λείπουν πληροφορίες", r_did_not_solve: "Δεν έλυσε το πρόβλημα",
      r_other: "Κάτι άλλο",
      s_open: "Ανοιχτή", s_planned: "Προγραμματισμένη", s_written: "Γράφτηκε", s_dismissed: "Απορρίφθηκε"
    }
  };
  var STATUSES = ["open", "planned", "written", "dismissed"];
  var lang = pickLanguage();
  var data = null;
  var status = document.getElementById("status");

  function pickLanguage() {
    var saved = localStorage.getItem(LANG_KEY);
    if (STRINGS[saved]) { return saved; }
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split("-")[0];
      if (STRINGS[code]) { return code; }
    }
    return "en";
  }
  function t(key, vars) {
    var text = STRINGS[lang][key] || STRINGS.en[key] || key;
    Object.keys(vars || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(vars[k])); });
    return text;
  }
  function locale() {
    var own = navigator.language || "";
    return own.toLowerCase().split("-")[0] === lang ? own : (lang === "el" ? "el-GR" : "en-GB");
  }
  function num(n) { return new Intl.NumberFormat(locale()).format(n); }
  function pct(x) { return new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 0 }).format(x); }
  function day(iso) {  // "2026-12-02" (a UTC day) in the reader's language
    var p = String(iso).split("-").map(Number);
    return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
      .format(new Date(Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1)));
  }
  function when(iso) {  // a moment, in the reader's time zone
    var d = new Date(iso);
    return isNaN(d) ? String(iso) : new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(d);
  }
  function votes(n) { return n === 1 ? t("one_vote") : t("n_votes", { n: num(n) }); }
  function langName(code) { return STRINGS[lang]["lang_" + code] ? t("lang_" + code) : code; }

  function el(tag, text, attrs) {
    var svg = ["svg", "rect", "text", "line", "title", "g"].indexOf(tag) >= 0;
    var node = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function link(text, url) {
    if (url && /^https?:\/\//.test(url)) { return el("a", text, { href: url, target: "_blank", rel: "noopener" }); }
    return el("span", text);
  }
  function api(path, options) {
    var opts = options || {};
    opts.headers = Object.assign({ Authorization: "Bearer " + sessionStorage.getItem(TOKEN_KEY) }, opts.headers || {});
    return fetch(path, opts).then(function (r) {
      return r.json().then(function (body) { if (!r.ok) { throw new Error(body.error || r.status); } return body; });
    });
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t("title");
    document.querySelectorAll("[data-t]").forEach(function (n) { n.textContent = t(n.getAttribute("data-t")); });
    document.querySelectorAll("[data-lang]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-lang") === lang ? "true" : "false");
    });
    if (data) { render(); }
  }

  // ---------------------------------------------------------------- the trend chart

  function parseDay(iso) { var p = iso.split("-").map(Number); return Date.UTC(p[0], p[1] - 1, p[2]); }
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function bucketOf(ms, unit) {
    var d = new Date(ms);
    if (unit === "week") { return ms - ((d.getUTCDay() + 6) % 7) * 864e5; }  // Monday
    if (unit === "month") { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); }
    return ms;
  }
  function buckets(daily) {
    if (!daily.length) { return { unit: "day", items: [] }; }
    var first = parseDay(daily[0].day), last = parseDay(daily[daily.length - 1].day);
    var span = Math.round((last - first) / 864e5) + 1;
    var unit = span <= 45 ? "day" : span <= 400 ? "week" : "month";
    var byDay = {}, out = [], index = {};
    daily.forEach(function (d) { byDay[d.day] = d; });
    for (var ms = first; ms <= last; ms += 864e5) {  // every day, so empty days show as gaps
      var key = bucketOf(ms, unit);
      if (!(key in index)) { index[key] = out.length; out.push({ start: isoDay(key), votes: 0, helpful: 0 }); }
      var got = byDay[isoDay(ms)];
      if (got) { out[index[key]].votes += got.votes; out[index[key]].helpful += got.helpful; }
    }
    return { unit: unit, items: out };
  }
  function chart(container, summary, daily) {
    container.replaceChildren();
    var b = buckets(daily), items = b.items;
    if (!items.length) { summary.textContent = t("chart_empty"); return; }
    // drawn at the container's own width, so the labels keep their size on a phone
    var W = Math.max(280, Math.round(container.clientWidth || 600)), H = 220, left = 40, bottom = 34, top = 10, plotW = W - left - 8, plotH = H - top - bottom;
    var max = Math.max.apply(null, items.map(function (i) { return i.votes; }).concat([1]));
    var svg = el("svg", null, { viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": "chart-summary", preserveAspectRatio: "xMidYMid meet" });
    [0, 0.5, 1].forEach(function (f) {  // gridlines with their counts
      var y = top + plotH * (1 - f);
      svg.appendChild(el("line", null, { x1: left, x2: W - 8, y1: y, y2: y, "class": "grid" }));
      svg.appendChild(el("text", num(Math.round(max * f)), { x: left - 6, y: y + 4, "text-anchor": "end" }));
    });
    var slot = plotW / items.length, bar = Math.max(1, Math.min(slot * 0.8, 40));
    items.forEach(function (it, i) {
      var x = left + slot * i + (slot - bar) / 2;
      var hv = plotH * it.helpful / max, nv = plotH * (it.votes - it.helpful) / max;
      var g = el("g");
      g.appendChild(el("title", day(it.start) + ": " + votes(it.votes) + ", " + t("helpful") + " " + num(it.helpful)));
      g.appendChild(el("rect", null, { x: x, y: top + plotH - hv, width: bar, height: hv, "class": "yes" }));
      g.appendChild(el("rect", null, { x: x, y: top + plotH - hv - nv, width: bar, height: nv, "class": "no" }));
      svg.appendChild(g);
    });
    var labels = items.length === 1 ? [0] : items.length === 2 ? [0, 1] : [0, Math.floor((items.length - 1) / 2), items.length - 1];
    labels.forEach(function (i, k) {
      var anchor = items.length === 1 ? "middle" : k === 0 ? "start" : k === labels.length - 1 ? "end" : "middle";
      var x = anchor === "start" ? left : anchor === "end" ? W - 8 : left + slot * i + slot / 2;
      svg.appendChild(el("text", day(items[i].start), { x: x, y: H - 10, "text-anchor": anchor }));
    });
    container.appendChild(svg);
    var total = items.reduce(function (s, i) { return s + i.votes; }, 0);
    var good = items.reduce(function (s, i) { return s + i.helpful; }, 0);
    summary.textContent = t("chart_summary", { from: day(daily[0].day), to: day(daily[daily.length - 1].day),
      votes: num(total), share: pct(total ? good / total : 0), unit: t("unit_" + b.unit) });
  }

  // ---------------------------------------------------------------- lists

  function article(a) {
    var li = el("li");
    var head = el("p", null, { "class": "item-title" });
    head.appendChild(link(a.title || a.page, a.url));
    li.appendChild(head);
    li.appendChild(el("p", langName(a.lang) + " · " + a.page, { "class": "meta" }));
    li.appendChild(el("p", [votes(a.votes), t("share", { p: pct(a.helpful_ratio) }),
      t("range", { lo: pct(a.ci_low), hi: pct(a.ci_high) })].join(" · ")));
    var reasons = Object.keys(a.reasons || {});
    if (reasons.length) {
      li.appendChild(el("p", t("reasons") + " " + reasons.sort(function (x, y) { return a.reasons[y] - a.reasons[x]; })
        .map(function (r) { return t("r_" + r) + " (" + num(a.reasons[r]) + ")"; }).join(", ")));
    }
    return li;
  }
  function fill(list, items, make, empty) {
    list.replaceChildren();
    items.forEach(function (i) { list.appendChild(make(i)); });
    if (!items.length) { list.appendChild(el("li", t(empty), { "class": "empty" })); }
  }
  function statusPicker(id, current) {
    var select = el("select", null, { "aria-label": t("status") });
    STATUSES.forEach(function (s) {
      var opt = el("option", t("s_" + s), { value: s });
      if (s === current) { opt.selected = true; }
      select.appendChild(opt);
    });
    var note = el("span", "", { "class": "saved", role: "status" });
    select.addEventListener("change", function () {
      api("/api/v1/suggestions/status", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ suggestion: id, status: select.value }) })
        .then(function () { note.textContent = t("saved"); })
        .catch(function (e) { note.textContent = e.message; });
    });
    var label = el("label", t("status") + " ", { "class": "status" });
    label.appendChild(select);
    label.appendChild(note);
    return label;
  }
  function suggestion(s) {
    var li = el("li");
    li.appendChild(el("p", s.kind === "missing" ? t("missing") : t("improve"), { "class": "meta" }));
    li.appendChild(el("p", s.title, { "class": "item-title" }));
    li.appendChild(el("p", [langName(s.lang), t("tickets", { n: num(s.tickets || 0) })]
      .concat(s.votes ? [votes(s.votes)] : []).join(" · ")));
    li.appendChild(statusPicker(s.id, s.status));
    return li;
  }

  function render() {
    var o = data.overview, articles = data.articles;
    var totals = document.getElementById("totals");
    totals.replaceChildren();
    [[t("votes"), num(o.votes)], [t("helpful_share"), pct(o.votes ? o.helpful / o.votes : 0)],
      [t("searches_total"), num(o.searches)]].forEach(function (p) {
      var box = el("div");
      box.appendChild(el("dt", p[0]));
      box.appendChild(el("dd", p[1]));
      totals.appendChild(box);
    });
    chart(document.getElementById("chart"), document.getElementById("chart-summary"), o.daily);
    fill(document.getElementById("worst"), articles.filter(function (a) { return a.ranked; }).slice(0, 10), article, "none_ranked");
    fill(document.getElementById("best"), data.best.filter(function (a) { return a.ranked && a.ci_low >= 0.5; }).slice(0, 5), article, "none_best");
    fill(document.getElementById("searches"), data.suggestions.failed_searches, function (s) {
      var li = el("li");
      li.appendChild(el("p", s.query, { "class": "item-title query", lang: s.lang }));
      li.appendChild(el("p", [langName(s.lang), s.count === 1 ? t("once") : t("times", { n: num(s.count) }),
        t("last_seen", { d: when(s.last_seen) })].join(" · ")));
      return li;
    }, "none_searches");
    var sg = data.suggestions;
    document.getElementById("imported").textContent = sg.imported_at ? t("imported", { d: when(sg.imported_at) }) : "";
    var items = sg.suggestions.map(function (s) {
      return { kind: "missing", id: String(s.id), title: s.title || String(s.id), lang: s.lang, tickets: s.tickets, status: s.status };
    }).concat(sg.improve.map(function (i) {
      var parts = String(i.article).split("/");
      return { kind: "improve", id: "improve:" + i.article, title: i.title || i.article, lang: parts[0],
        tickets: i.tickets, votes: i.votes, status: i.status };
    }));
    fill(document.getElementById("suggestions"), items, suggestion, "none_suggestions");
    var comments = [];
    articles.forEach(function (a) { a.comments.forEach(function (c) { comments.push({ a: a, c: c }); }); });
    comments.sort(function (x, y) { return x.c.at < y.c.at ? 1 : -1; });
    fill(document.getElementById("comments"), comments.slice(0, 20), function (x) {
      var li = el("li");
      var head = el("p", null, { "class": "item-title" });
      head.appendChild(link(x.a.title || x.a.page, x.a.url));
      li.appendChild(head);
      li.appendChild(el("p", [x.c.helpful ? t("yes_vote") : t("no_vote"), langName(x.a.lang), when(x.c.at)].join(" · "), { "class": "meta" }));
      li.appendChild(el("blockquote", x.c.text, { lang: x.a.lang }));
      return li;
    }, "none_comments");
  }

  function load() {
    status.textContent = t("loading");
    Promise.all([api("/api/v1/reports/overview"), api("/api/v1/reports/articles"),
      api("/api/v1/reports/articles?sort=most_helpful"), api("/api/v1/suggestions")])
      .then(function (res) {
        data = { overview: res[0], articles: res[1].articles, best: res[2].articles, suggestions: res[3] };
        document.getElementById("reports").hidden = false;
        document.getElementById("login").hidden = true;
        status.textContent = "";
        render();
      })
      .catch(function (err) { status.textContent = t("failed", { e: err.message }); });
  }

  document.querySelectorAll("[data-lang]").forEach(function (b) {
    b.addEventListener("click", function () {
      lang = b.getAttribute("data-lang");
      localStorage.setItem(LANG_KEY, lang);
      applyLanguage();
    });
  });
  document.getElementById("csv-articles").addEventListener("click", function (e) {
    e.preventDefault();
    fetch("/api/v1/reports/articles?format=csv", { headers: { Authorization: "Bearer " + sessionStorage.getItem(TOKEN_KEY) } })
      .then(function (r) { return r.blob(); })
      .then(function (b) { var a = el("a", null, { href: URL.createObjectURL(b), download: "articles.csv" }); a.click(); });
  });
  document.getElementById("login").addEventListener("submit", function (e) {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById("token").value);
    load();
  });
  var resized = null;
  window.addEventListener("resize", function () {  // the chart follows its container's width
    clearTimeout(resized);
    resized = setTimeout(function () {
      if (data) { chart(document.getElementById("chart"), document.getElementById("chart-summary"), data.overview.daily); }
    }, 150);
  });
  applyLanguage();
  if (sessionStorage.getItem(TOKEN_KEY)) { load(); }
})();
