// Enhancements for pages that work without them.
(function () {
  "use strict";
  var root = document.documentElement;

  // "Copy link": every mention gets a button that copies its stable
  // address, its anchor on its event's page.
  function copyButton(permalink) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "copy";
    b.textContent = root.dataset.copy || "Copy link";
    b.addEventListener("click", function () {
      var url = new URL(permalink, location.href).href;
      var done = function () {
        b.textContent = root.dataset.copied || "Copied";
        setTimeout(function () { b.textContent = root.dataset.copy || "Copy link"; }, 2000);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(done, function () { location.href = url; });
      } else {
        location.href = url;
      }
    });
    return b;
  }

  document.querySelectorAll("figure.mention").forEach(function (f) {
    var cap = f.querySelector("figcaption");
    if (cap && f.dataset.permalink) cap.appendChild(copyButton(f.dataset.permalink));
  });
})();
