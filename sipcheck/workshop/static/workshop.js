// sipcheck workshop: keys for the judgement (1–9 choose a level, Enter accepts, ← → move,
// Esc leaves the comment), the evidence scrolled into view, filters that apply at once.
// The page works without this file: every action is a plain link or form.
(function () {
  "use strict";
  function show(number) {
    var anchor = document.getElementById("ev-" + number);
    if (!anchor) { return; }
    var mark = anchor.nextElementSibling;
    var target = mark && mark.tagName === "MARK" ? mark : anchor.parentElement;
    target.scrollIntoView({ block: "center" });
    document.querySelectorAll("mark.focus").forEach(function (m) { m.classList.remove("focus"); });
    if (target.tagName === "MARK") { target.classList.add("focus"); }
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (document.getElementById("ev-1")) { show(1); }
    document.querySelectorAll("a[data-evidence]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        show(link.getAttribute("data-evidence"));
      });
    });
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) { return; }
    var target = event.target;
    if (target.matches("input, textarea, select")) {
      if (event.key === "Escape") { target.blur(); }
      return;
    }
    var found = null;
    if (/^[1-9]$/.test(event.key)) {
      found = document.querySelector('button[data-key="' + event.key + '"]');
    } else if (event.key === "Enter" && !target.matches("button, a, summary")) {
      found = document.querySelector("button[data-default]");
    } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      found = document.querySelector(event.key === "ArrowRight" ? "a[rel=next]" : "a[rel=prev]");
    }
    if (found) {
      event.preventDefault();
      found.click();
    }
  });
})();
