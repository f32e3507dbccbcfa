// Progressive enhancement only: the site works fully without this file.
(function () {
  "use strict";

  // On a narrow screen, fold the filter panel (it sits above the results) so the
  // results are visible at once (the summary says how many filters are chosen,
  // and the chosen ones are also shown as removable chips above the results).
  function foldFiltersOnPhones() {
    var panel = document.getElementById("filtre");
    if (!panel || !window.matchMedia) return;
    var narrow = window.matchMedia("(max-width: 47.99em)");
    if (narrow.matches) {
      panel.removeAttribute("open");
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", foldFiltersOnPhones);
  } else {
    foldFiltersOnPhones();
  }
})();
