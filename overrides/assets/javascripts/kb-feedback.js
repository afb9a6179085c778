/* kbgen "Was this helpful?" widget.
   - A vote is sent on the click: "No" counts even when no reason follows; a reason and a
     comment then update the same vote (the API keeps one vote per visitor, page, language).
   - A random per-browser id in localStorage (no cookies, no fingerprinting).
   - Votes go to a queue in localStorage first, then to the API; a vote leaves the queue
     only when the API answered 201, so nothing is lost offline or when the API is down,
     and a vote is never counted twice.
   - The visitor's answer per page and language is remembered (localStorage), so a reload or
     a new revision of the article shows it instead of asking again.
   - Never blocks or breaks the page: every failure is caught. */
(function () {
  "use strict";
  var QUEUE = "kb-feedback-queue";
  var VISITOR = "kb-feedback-visitor";
  var ANSWERS = "kb-feedback-answers";

  function store(key, value) {
    try {
      if (value === undefined) { return JSON.parse(localStorage.getItem(key) || "null"); }
      localStorage.setItem(key, JSON.stringify(value));
    } catch (e) { return null; }
    return value;
  }

  function visitorId() {
    var id = store(VISITOR);
    if (!id) {
      id = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
        : String(Date.now()) + "-" + Math.random().toString(36).slice(2, 12);
      store(VISITOR, id);
    }
    return id;
  }

  function queue() { return store(QUEUE) || []; }

  function enqueue(api, vote) {
    // one pending vote per page and language: a newer choice replaces an older one
    var items = queue().filter(function (q) { return !(q.api === api && q.vote.page === vote.page && q.vote.lang === vote.lang); });
    items.push({ api: api, vote: vote });
    store(QUEUE, items);
  }

  function answerKey(vote) { return vote.lang + ":" + vote.page; }

  function remember(vote) {
    var all = store(ANSWERS) || {};
    all[answerKey(vote)] = { helpful: vote.helpful, reason: vote.reason || null, at: Date.now() };
    store(ANSWERS, all);
  }

  var flushing = null;
  function flush() {
    if (flushing) { return flushing; }
    var items = queue();
    if (!items.length) { return Promise.resolve(); }
    flushing = items.reduce(function (chain, item) {
      return chain.then(function () {
        return fetch(item.api.replace(/\/$/, "") + "/api/v1/votes", {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify(item.vote), keepalive: true, mode: "cors", credentials: "omit"
        }).then(function (resp) {
          // 201: stored. 4xx other than 429: the API will never accept it; drop it.
          if (resp.status === 201 || resp.status === 200 ||
              (resp.status >= 400 && resp.status < 500 && resp.status !== 429)) {
            store(QUEUE, queue().filter(function (q) { return JSON.stringify(q) !== JSON.stringify(item); }));
          }
        }).catch(function () { /* offline or API down: keep it for later */ });
      });
    }, Promise.resolve()).then(function () {
      // a vote changed while this round was in flight (a reason after "No") goes out now
      var sent = items.map(function (q) { return JSON.stringify(q); });
      var added = queue().some(function (q) { return sent.indexOf(JSON.stringify(q)) < 0; });
      flushing = null;
      return added ? flush() : undefined;
    }, function () { flushing = null; });
    return flushing;
  }

  function init(root) {
    if (!root || root.getAttribute("data-kb-ready")) { return; }
    root.setAttribute("data-kb-ready", "1");
    var api = root.getAttribute("data-api");
    if (!api) { return; }
    root.hidden = false;
    var steps = {};
    root.querySelectorAll("[data-kb-fb-step]").forEach(function (el) { steps[el.getAttribute("data-kb-fb-step")] = el; });
    var base = {
      page: root.getAttribute("data-page"), lang: root.getAttribute("data-lang"),
      visitor: visitorId()
    };
    var revision = root.getAttribute("data-revision");
    if (revision) { base.revision = revision; }
    var thanks = steps.thanks;
    var chosen = steps.chosen;

    function showChosen(helpful) {
      steps.vote.hidden = true;
      if (chosen) {
        chosen.textContent = chosen.getAttribute(helpful ? "data-yes" : "data-no");
        chosen.hidden = false;
      }
    }

    function showThanks(vote) {
      thanks.hidden = false;
      thanks.textContent = thanks.getAttribute("data-thanks");
      flush().then(function () {
        var pending = queue().some(function (q) { return q.vote.page === vote.page && q.vote.lang === vote.lang; });
        thanks.textContent = thanks.getAttribute(pending ? "data-queued" : "data-thanks");
      });
    }

    function send(extra) {
      var vote = Object.assign({}, base, extra);
      enqueue(api, vote);
      remember(vote);
      return vote;
    }

    var earlier = (store(ANSWERS) || {})[answerKey(base)];
    if (earlier && typeof earlier.helpful === "boolean") {
      showChosen(earlier.helpful);
      showThanks(base);
    }

    root.querySelectorAll("[data-kb-fb-vote]").forEach(function (button) {
      button.addEventListener("click", function () {
        var helpful = button.getAttribute("data-kb-fb-vote") === "yes";
        var vote = send({ helpful: helpful });
        showChosen(helpful);
        if (helpful) {
          showThanks(vote);
          thanks.focus();
          return;
        }
        flush();
        steps.reason.hidden = false;
        var first = steps.reason.querySelector("input");
        if (first) { first.focus(); }
      });
    });

    var comment = steps.reason.querySelector("textarea");
    var count = root.querySelector(".kb-feedback__count");
    comment.addEventListener("input", function () {
      var left = Math.max(0, 1000 - comment.value.length);
      count.textContent = count.getAttribute("data-template").replace("{n}", String(left));
    });

    steps.reason.addEventListener("submit", function (event) {
      event.preventDefault();
      var checked = steps.reason.querySelector("input[name=reason]:checked");
      var extra = { helpful: false };
      if (checked) { extra.reason = checked.value; }
      if (comment.value.trim()) {
        extra.comment = comment.value.trim().slice(0, 1000);
        extra.reason = extra.reason || "other";
      }
      var vote = send(extra);
      steps.reason.hidden = true;
      showThanks(vote);
      thanks.focus();
    });
  }

  function start() {
    document.querySelectorAll("[data-kb-feedback]").forEach(init);
    flush();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
  window.addEventListener("online", flush);
  setInterval(flush, 30000);
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(start); }
})();
