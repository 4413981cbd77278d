/* Forums: upload an image without leaving the page and put its Markdown in the message.
   Without this script the upload form opens its result in a new tab instead. */
(function () {
  "use strict";

  function insertAtCursor(field, text) {
    var start = field.selectionStart || 0;
    var end = field.selectionEnd || 0;
    var before = field.value.slice(0, start);
    var after = field.value.slice(end);
    var glue = before && !/\n$/.test(before) ? "\n" : "";
    field.value = before + glue + text + "\n" + after;
    var caret = (before + glue + text + "\n").length;
    field.focus();
    field.setSelectionRange(caret, caret);
  }

  document.querySelectorAll("form[data-forum-image]").forEach(function (form) {
    var status = form.querySelector("[role=status]");
    form.addEventListener("submit", function (event) {
      var target = document.getElementById(form.getAttribute("data-forum-image"));
      if (!target || !window.fetch || !window.FormData) {
        return;
      }
      event.preventDefault();
      status.textContent = form.getAttribute("data-uploading") || "…";
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin"
      })
        .then(function (response) {
          return response.json();
        })
        .then(function (data) {
          if (data.markdown) {
            insertAtCursor(target, data.markdown);
            status.textContent = form.getAttribute("data-done") || "";
            form.reset();
          } else {
            status.textContent = (data.errors || []).join(" ");
          }
        })
        .catch(function () {
          form.removeAttribute("data-forum-image");
          form.submit();
        });
    });
  });
})();
