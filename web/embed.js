/* embed.html inside an iframe: tells the parent page how tall the playground is, whenever that changes. */
(function () {
  "use strict";
  if (window.parent === window) {
    return;
  }
  var last = -1;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "nn-playground:height", height: height }, "*");
    }
  }
  if (typeof ResizeObserver !== "undefined") {
    new ResizeObserver(post).observe(document.documentElement);
  }
  window.addEventListener("load", post);
  post();
})();
