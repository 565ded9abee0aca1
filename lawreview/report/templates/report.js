// lawreview report filters: status, instrument, theme and a text search.
// Without JavaScript the form stays hidden and every requirement is shown.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-status][data-instrument]"));
  var rows = items.filter(function (el) { return el.tagName === "TR"; });
  var output = document.getElementById("filter-count");
  var template = form.getAttribute("data-shown") || "{shown} / {total}";
  // A matrix row and its analysis are searched together, so both stay or go.
  var text = items.map(function (el) {
    var twin = document.getElementById(el.getAttribute("data-twin") || "");
    return ((el.textContent || "") + " " + (twin ? twin.textContent : "")).toLowerCase();
  });
  function value(name) { var field = form.elements[name]; return field ? field.value : ""; }
  function apply() {
    var status = value("status"), instrument = value("instrument"), theme = value("theme");
    var query = value("q").trim().toLowerCase();
    var shown = 0;
    items.forEach(function (el, i) {
      var keep = (!status || el.getAttribute("data-status") === status) &&
        (!instrument || el.getAttribute("data-instrument") === instrument) &&
        (!theme || el.getAttribute("data-theme") === theme) &&
        (!query || text[i].indexOf(query) !== -1);
      el.hidden = !keep;
      if (keep && el.tagName === "TR") { shown += 1; }
    });
    if (output) {
      output.textContent = template.replace("{shown}", String(shown)).replace("{total}", String(rows.length));
    }
  }
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  apply();
}());
