/* Search, enhanced. Without this script everything still works: the forms submit,
   the "Apply filters" button applies the checked facets, and no suggestions appear.

   1. On the search page, a change of facet or sort submits the form at once
      (the apply buttons are hidden), and focus comes back to the control that
      was changed once the new page has loaded.
   2. The filters fold into their <details> on narrow screens.
   3. Any input with data-search-suggest="<api url>" becomes an ARIA 1.2
      combobox listing suggestions from /api/search/suggest/?q=… */
(function () {
  "use strict";

  var DEBOUNCE_MS = 150;
  var MIN_CHARS = 2;
  var NARROW = "(max-width: 48rem)";
  var FOCUS_KEY = "search:return-focus";

  /* 1. Filters and sort apply themselves */
  var form = document.getElementById("search-form");
  if (form) {
    document.querySelectorAll("[data-search-apply]").forEach(function (button) {
      button.hidden = true;
    });
    document.querySelectorAll("[data-search-auto-hint]").forEach(function (hint) {
      hint.hidden = false;
    });
    document.addEventListener("change", function (event) {
      var control = event.target;
      if (control.form !== form || control.type !== "checkbox") {
        return;
      }
      try {
        window.sessionStorage.setItem(FOCUS_KEY, control.id);
      } catch (error) {
        /* Storage may be disabled: focus simply starts at the top. */
      }
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    });
    var returning = null;
    try {
      returning = window.sessionStorage.getItem(FOCUS_KEY);
      window.sessionStorage.removeItem(FOCUS_KEY);
    } catch (error) {
      returning = null;
    }
    var control = returning && document.getElementById(returning);
    if (control) {
      control.focus();
    }
  }

  /* 2. Filters fold away on narrow screens */
  var panel = document.querySelector("[data-search-filters]");
  if (panel && window.matchMedia) {
    var narrow = window.matchMedia(NARROW);
    var fit = function () {
      var focusInside = panel.contains(document.activeElement) && document.activeElement !== panel.querySelector("summary");
      panel.open = !narrow.matches || focusInside;
    };
    fit();
    if (narrow.addEventListener) {
      narrow.addEventListener("change", fit);
    }
  }

  /* 3. Suggestions as you type */
  var counter = 0;

  function Combobox(input) {
    counter += 1;
    this.input = input;
    this.url = input.getAttribute("data-search-suggest");
    this.form = input.form;
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.request = null;
    this.lastText = "";

    var id = "search-suggest-" + counter;
    this.list = document.createElement("ul");
    this.list.id = id;
    this.list.className = "search-suggest__list";
    this.list.setAttribute("role", "listbox");
    this.list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent.trim() : "");
    this.list.hidden = true;
    this.status = document.createElement("div");
    this.status.className = "search-suggest__status";
    this.status.setAttribute("role", "status");
    input.parentNode.appendChild(this.list);
    input.parentNode.appendChild(this.status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);

    input.addEventListener("input", this.onInput.bind(this));
    input.addEventListener("keydown", this.onKeyDown.bind(this));
    input.addEventListener("blur", function () {
      window.clearTimeout(this.timer);
      if (this.request) {
        this.request.abort();
      }
      this.close();
    }.bind(this));
    /* mousedown would blur the input (and close the list) before the click lands. */
    this.list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    this.list.addEventListener("click", this.onClick.bind(this));
  }

  Combobox.prototype.onInput = function () {
    var text = this.input.value.trim();
    window.clearTimeout(this.timer);
    if (text.length < MIN_CHARS) {
      this.lastText = "";
      this.render([]);
      return;
    }
    this.timer = window.setTimeout(this.fetch.bind(this, text), DEBOUNCE_MS);
  };

  Combobox.prototype.fetch = function (text) {
    if (text === this.lastText) {
      this.open();
      return;
    }
    if (this.request) {
      this.request.abort();
    }
    var controller = window.AbortController ? new AbortController() : null;
    this.request = controller;
    var lang = document.documentElement.lang || "";
    var address = this.url + "?q=" + encodeURIComponent(text) + (lang ? "&lang=" + encodeURIComponent(lang) : "");
    var self = this;
    fetch(address, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        self.lastText = text;
        if (self.input.value.trim() === text) {
          self.render(data.suggestions || []);
        }
      })
      .catch(function () {
        /* Aborted or offline: the search button still works. */
      });
  };

  Combobox.prototype.render = function (suggestions) {
    var list = this.list;
    var id = list.id;
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    this.items = suggestions.filter(function (item) {
      return item && item.url;
    });
    this.items.forEach(function (item, index) {
      var option = document.createElement("li");
      option.id = id + "-" + index;
      option.className = "search-suggest__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-index", String(index));
      var title = document.createElement("span");
      title.className = "search-suggest__title";
      title.textContent = item.title;
      option.appendChild(title);
      if (item.label) {
        var kind = document.createElement("span");
        kind.className = "search-suggest__type";
        kind.textContent = item.label;
        option.appendChild(kind);
      }
      list.appendChild(option);
    });
    this.setActive(-1);
    if (this.items.length) {
      this.open();
    } else {
      this.close();
    }
    var template = this.input.getAttribute("data-search-suggest-count") || "%s";
    this.status.textContent = this.items.length ? template.replace("%s", String(this.items.length)) : "";
  };

  Combobox.prototype.open = function () {
    if (!this.items.length || document.activeElement !== this.input) {
      return;
    }
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  };

  Combobox.prototype.close = function () {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.setActive(-1);
  };

  Combobox.prototype.isOpen = function () {
    return !this.list.hidden;
  };

  Combobox.prototype.setActive = function (index) {
    var options = this.list.children;
    for (var i = 0; i < options.length; i += 1) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    this.active = index;
    if (index >= 0 && options[index]) {
      this.input.setAttribute("aria-activedescendant", options[index].id);
      if (options[index].scrollIntoView) {
        options[index].scrollIntoView({ block: "nearest" });
      }
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  Combobox.prototype.move = function (step) {
    if (!this.items.length) {
      return;
    }
    if (!this.isOpen()) {
      this.open();
      this.setActive(step > 0 ? 0 : this.items.length - 1);
      return;
    }
    var next = this.active + step;
    if (next < 0) {
      next = this.items.length - 1;
    } else if (next >= this.items.length) {
      next = 0;
    }
    this.setActive(next);
  };

  Combobox.prototype.go = function (index) {
    var item = this.items[index];
    if (item) {
      window.location.assign(item.url);
    }
  };

  Combobox.prototype.onKeyDown = function (event) {
    switch (event.key) {
      case "ArrowDown":
      case "Down":
        event.preventDefault();
        this.move(1);
        break;
      case "ArrowUp":
      case "Up":
        event.preventDefault();
        this.move(-1);
        break;
      case "Enter":
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.go(this.active);
        }
        break;
      case "Escape":
      case "Esc":
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = "";
          this.render([]);
        }
        break;
      case "Tab":
        this.close();
        break;
      default:
        break;
    }
  };

  Combobox.prototype.onClick = function (event) {
    var option = event.target.closest("[role=option]");
    if (option) {
      this.go(Number(option.getAttribute("data-index")));
    }
  };

  if (window.fetch) {
    document.querySelectorAll("input[data-search-suggest]").forEach(function (input) {
      if (input.getAttribute("data-search-suggest")) {
        new Combobox(input); // eslint-disable-line no-new
      }
    });
  }
})();
