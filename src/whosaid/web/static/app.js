// whosaid pages: a little help for the eye; every page works without it.
(function () {
  "use strict";
  function hot(selector, on) {
    document.querySelectorAll(selector).forEach(function (el) { el.classList.toggle("hot", on); });
  }
  function link(listSelector, attr, target) {
    document.querySelectorAll(listSelector).forEach(function (item) {
      var key = item.getAttribute(attr);
      var sel = target + "[" + attr + '="' + key + '"]';
      item.addEventListener("mouseenter", function () { hot(sel, true); });
      item.addEventListener("mouseleave", function () { hot(sel, false); });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    link(".side .statement", "data-quote", ".article-text .quote");
    link(".side .entity", "data-entity", ".article-text a.ent");
    // a network wider than the screen opens on its middle, where the most quoted speakers are
    var network = document.getElementById("network-chart");
    if (network) { network.scrollLeft = (network.scrollWidth - network.clientWidth) / 2; }
    var button = document.getElementById("toggle-boilerplate");
    if (button) {
      button.addEventListener("click", function () {
        var blocks = document.querySelectorAll("details.boilerplate");
        var open = Array.prototype.some.call(blocks, function (d) { return d.open; });
        blocks.forEach(function (d) { d.open = !open; });
        button.textContent = open ? "Unfold boilerplate" : "Fold boilerplate";
      });
    }
  });
})();
