/* Writers' dashboard: fetches the JSON reports with the admin token and draws SVG charts.
   Every value from the API is inserted as text (textContent), never as markup. */
(function () {
  "use strict";
  var tokenKey = "kb-admin-token";
  var form = document.getElementById("login");
  var status = document.getElementById("status");

  function el(tag, text, attrs) {
    var node = document.createElementNS(tag === "svg" || attrs && attrs.svg ? "http://www.w3.org/2000/svg" : "http://www.w3.org/1999/xhtml", tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { if (k !== "svg") { node.setAttribute(k, attrs[k]); } });
    return node;
  }

  function api(path) {
    return fetch(path, { headers: { Authorization: "Bearer " + sessionStorage.getItem(tokenKey) } })
      .then(function (r) { return r.json().then(function (body) { if (!r.ok) { throw new Error(body.error || r.status); } return body; }); });
  }

  function bars(container, rows, label, value, max) {
    var h = 22, w = 600, svg = el("svg", null, { viewBox: "0 0 " + w + " " + (rows.length * h + 4), role: "img", "aria-label": container.id });
    rows.forEach(function (row, i) {
      var v = value(row), width = Math.max(2, (w - 260) * v / (max || 1));
      svg.appendChild(el("text", label(row), { svg: 1, x: 0, y: i * h + 15 }));
      svg.appendChild(el("rect", null, { svg: 1, x: 250, y: i * h + 4, width: width, height: 14, fill: "#2563eb" }));
      svg.appendChild(el("text", (Math.round(v * 100) / 100).toString(), { svg: 1, x: 255 + width, y: i * h + 15 }));
    });
    container.replaceChildren(svg);
  }

  function daily(container, days) {
    var w = 600, h = 160, svg = el("svg", null, { viewBox: "0 0 " + w + " " + h, role: "img", "aria-label": "votes per day" });
    var max = Math.max.apply(null, days.map(function (d) { return d.votes; }).concat([1]));
    var step = w / Math.max(days.length, 1);
    days.forEach(function (d, i) {
      var vh = (h - 20) * d.votes / max, hh = (h - 20) * d.helpful / max;
      svg.appendChild(el("rect", null, { svg: 1, x: i * step + 1, y: h - 20 - vh, width: Math.max(step - 2, 1), height: vh, fill: "#fca5a5" }));
      svg.appendChild(el("rect", null, { svg: 1, x: i * step + 1, y: h - 20 - hh, width: Math.max(step - 2, 1), height: hh, fill: "#16a34a" }));
    });
    if (days.length) {
      svg.appendChild(el("text", days[0].day, { svg: 1, x: 0, y: h - 4 }));
      svg.appendChild(el("text", days[days.length - 1].day, { svg: 1, x: w - 70, y: h - 4 }));
    }
    container.replaceChildren(svg);
  }

  function rows(table, items, cells) {
    var body = table.querySelector("tbody");
    body.replaceChildren();
    items.forEach(function (item) {
      var tr = el("tr");
      cells(item).forEach(function (c) { tr.appendChild(el("td", c)); });
      body.appendChild(tr);
    });
  }

  function load() {
    status.textContent = "Loading…";
    Promise.all([api("/api/v1/reports/overview"), api("/api/v1/reports/articles"), api("/api/v1/reports/searches")])
      .then(function (res) {
        var overview = res[0], articles = res[1].articles, searches = res[2].failed_searches;
        document.getElementById("reports").hidden = false;
        status.textContent = "";
        var totals = document.getElementById("totals");
        totals.replaceChildren();
        [["Votes", overview.votes], ["Helpful", overview.helpful], ["Searches", overview.searches]].forEach(function (p) {
          totals.appendChild(el("dt", p[0])); totals.appendChild(el("dd", p[1]));
        });
        daily(document.getElementById("chart-daily"), overview.daily);
        bars(document.getElementById("chart-worst"), articles.slice(0, 10),
          function (a) { return a.lang + " " + a.page; }, function (a) { return a.helpful_ratio; }, 1);
        rows(document.getElementById("articles"), articles, function (a) {
          return [a.page, a.lang, a.votes, Math.round(a.helpful_ratio * 100) + "%",
            Math.round(a.ci_low * 100) + "–" + Math.round(a.ci_high * 100) + "%",
            Object.keys(a.reasons).map(function (k) { return k + " " + a.reasons[k]; }).join(", ")];
        });
        rows(document.getElementById("searches"), searches, function (s) { return [s.query, s.lang, s.count, s.last_seen]; });
        var list = document.getElementById("comments");
        list.replaceChildren();
        articles.forEach(function (a) {
          a.comments.forEach(function (c) { list.appendChild(el("li", a.lang + " " + a.page + ": " + c.text)); });
        });
      })
      .catch(function (err) { status.textContent = "Could not load reports: " + err.message; });
  }

  document.getElementById("csv-articles").addEventListener("click", function (e) {
    e.preventDefault();
    fetch("/api/v1/reports/articles?format=csv", { headers: { Authorization: "Bearer " + sessionStorage.getItem(tokenKey) } })
      .then(function (r) { return r.blob(); })
      .then(function (b) { var a = el("a", null, { href: URL.createObjectURL(b), download: "articles.csv" }); a.click(); });
  });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    sessionStorage.setItem(tokenKey, document.getElementById("token").value);
    load();
  });
  if (sessionStorage.getItem(tokenKey)) { load(); }
})();
