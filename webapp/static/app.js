// Progressive enhancement only: the site works fully without this file.
(function () {
  "use strict";

  // Fold a <details> panel when the screen is narrower than `query`.
  function foldWhen(id, query) {
    var panel = document.getElementById(id);
    if (!panel || !window.matchMedia) return;
    if (window.matchMedia(query).matches) {
      panel.removeAttribute("open");
    }
  }

  // On a narrow screen, fold the filter panel (it sits above the results) so the
  // results are visible at once (the summary says how many filters are chosen,
  // and the chosen ones are also shown as removable chips above the results).
  function foldPanels() {
    foldWhen("filtre", "(max-width: 47.99em)");
  }

  // The municipality list (357 names) is not in the page: it is fetched once, the first
  // time a field that uses it gets focus, from the address in the datalist's data-src
  // (/api/kommuner, cached by the browser). Options are built as DOM nodes, never as HTML.
  function fillKommuner(input) {
    var list = document.getElementById(input.getAttribute("list") || "");
    if (!list || list.getAttribute("data-state") || !list.getAttribute("data-src") || !window.fetch) return;
    list.setAttribute("data-state", "loading");
    fetch(list.getAttribute("data-src"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (resp) {
        if (!resp.ok) throw new Error("HTTP " + resp.status);
        return resp.json();
      })
      .then(function (data) {
        var items = (data.kommuner || []).slice().sort(function (a, b) {
          return a.name.localeCompare(b.name, "nb") || a.kommune_nr.localeCompare(b.kommune_nr);
        });
        var fragment = document.createDocumentFragment();
        items.forEach(function (k) {
          var option = document.createElement("option");
          option.value = k.name + " (" + k.kommune_nr + "), " + k.county;
          fragment.appendChild(option);
        });
        list.appendChild(fragment);
        list.setAttribute("data-state", "filled");
      })
      .catch(function () {
        list.removeAttribute("data-state");   // try again on the next focus
      });
  }

  function onFocus(event) {
    var el = event.target;
    if (el && el.tagName === "INPUT" && el.getAttribute("list")) {
      fillKommuner(el);
    }
  }

  document.addEventListener("focusin", onFocus);

  function start() {
    foldPanels();
    if (document.activeElement) onFocus({ target: document.activeElement });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
