// archlint's HTML review: filters the findings table and links its rows to
// the diagram. Rows carry data-severity, data-waived, data-rule and
// data-target (the id of the component or link in the SVG, "" for the design).
(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  var diagram = document.getElementById("diagram");
  if (!table || !diagram) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-number]"));
  var severity = document.getElementById("filter-severity");
  var rule = document.getElementById("filter-rule");
  var shown = document.getElementById("shown");

  function filter() {
    var count = 0;
    rows.forEach(function (row) {
      var s = severity.value, r = rule.value;
      var ok = (s === "" || (s === "waived" ? row.dataset.waived === "true"
                                              : row.dataset.severity === s && row.dataset.waived !== "true")) &&
               (r === "" || row.dataset.rule === r);
      row.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = count + " of " + rows.length + " shown";
  }

  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll(".selected"), function (e) {
      e.classList.remove("selected");
    });
  }

  function mark(id) {
    var e = id ? document.getElementById(id) : null;
    if (e && diagram.contains(e)) e.classList.add("selected");
    return e;
  }

  // A row: its component or link and its badge in the diagram.
  function selectRow(row) {
    clear();
    row.classList.add("selected");
    var part = mark(row.dataset.target);
    mark("badge-" + row.dataset.number);
    if (part && part.scrollIntoView) part.scrollIntoView({block: "nearest", inline: "nearest"});
  }

  // A part of the diagram: itself and the rows of its findings.
  function selectPart(id, number) {
    clear();
    mark(id);
    var first = null;
    rows.forEach(function (row) {
      if ((number && row.dataset.number === number) || (!number && id && row.dataset.target === id)) {
        row.classList.add("selected");
        mark("badge-" + row.dataset.number);
        if (row.hidden) { severity.value = ""; rule.value = ""; filter(); }
        first = first || row;
      }
    });
    if (first) first.scrollIntoView({block: "nearest"});
  }

  rows.forEach(function (row) {
    row.addEventListener("click", function (event) {
      if (event.target.closest("a")) return;
      selectRow(row);
    });
  });
  diagram.addEventListener("click", function (event) {
    var badge = event.target.closest(".badge");
    if (badge) {
      event.preventDefault();
      selectPart(badge.getAttribute("data-target"), badge.id.replace("badge-", ""));
      return;
    }
    var part = event.target.closest(".node, .edge");
    if (part) {
      event.preventDefault();
      selectPart(part.id, "");
      return;
    }
    clear();
  });
  severity.addEventListener("change", filter);
  rule.addEventListener("change", filter);
  filter();
})();
