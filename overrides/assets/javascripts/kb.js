/* kbgen: click-to-load videos and FAQ deep links. No request to a video host before a click. */
(function () {
  "use strict";

  function loadVideo(button) {
    var src = button.getAttribute("data-kb-embed");
    if (!src) { return; }
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = button.getAttribute("data-kb-title") || "";
    frame.allow = "accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture; fullscreen";
    frame.allowFullscreen = true;
    frame.loading = "lazy";
    frame.className = "kb-video__frame";
    button.replaceWith(frame);
    frame.focus();
  }

  function openFaqFromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    var target = document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      target.scrollIntoView({ block: "start" });
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-kb-embed]");
    if (button) { event.preventDefault(); loadVideo(button); }
  });

  window.addEventListener("hashchange", openFaqFromHash);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", openFaqFromHash);
  } else {
    openFaqFromHash();
  }
  // Material's instant navigation swaps pages without a full load.
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(openFaqFromHash);
  }
})();
