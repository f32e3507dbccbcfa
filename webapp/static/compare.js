// The compare page's print button (shown only when scripts run: printing works without it).
(function () {
  "use strict";
  function setUp() {
    var button = document.getElementById("skriv-ut");
    if (!button || !window.print) return;
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
