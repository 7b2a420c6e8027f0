// Served by "timeline serve" only: reloads the page when the site was
// rebuilt, or when the build failed or came back. The server announces
// each build's id; the page knows the id it was served from.
(function () {
  "use strict";
  var me = document.querySelector("script[data-build]");
  if (!me || !window.EventSource) return;
  var id = me.getAttribute("data-build");
  var events = new EventSource("/_timeline/events");
  events.addEventListener("reload", function (e) {
    if (e.data !== id) {
      events.close();
      location.reload();
    }
  });
})();
