/* Keyboard navigation for the slide viewer: an enhancement of its links.
   ArrowLeft/ArrowRight follow the rel="prev"/rel="next" links, Home/End the first
   and last slide's links. Keys typed in a form field are left alone. */
(function () {
  "use strict";

  var viewer = document.querySelector("[data-deck-viewer]");
  if (!viewer) {
    return;
  }

  var hint = document.querySelector("[data-deck-hint]");
  if (hint) {
    hint.hidden = false;
  }

  var targets = {
    ArrowLeft: 'a[rel~="prev"]',
    ArrowRight: 'a[rel~="next"]',
    Home: "a[data-deck-first]",
    End: "a[data-deck-last]"
  };

  function isTyping(element) {
    if (!element) {
      return false;
    }
    var tag = element.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || element.isContentEditable;
  }

  document.addEventListener("keydown", function (event) {
    var selector = targets[event.key];
    if (!selector || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey ||
        event.shiftKey || isTyping(event.target)) {
      return;
    }
    var link = viewer.querySelector(selector);
    if (link) {
      event.preventDefault();
      window.location.assign(link.href);
    }
  });
})();
