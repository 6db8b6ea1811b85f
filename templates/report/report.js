// drafter report.html: highlight a clash's quotes, keyboard moves, and (under `drafter view`) the review.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("drafter-data").textContent);

  function marksFor(id) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.q"), function (m) {
      return (m.getAttribute("data-q") || "").split(" ").indexOf(id) >= 0;
    });
  }
  function light(id, quiet) {
    Array.prototype.forEach.call(document.querySelectorAll("mark.lit"), function (m) { m.classList.remove("lit"); });
    var marks = marksFor(id);
    marks.forEach(function (m) { m.classList.add("lit"); });
    if (marks.length && !quiet) {
      marks[0].setAttribute("tabindex", "-1");
      marks[0].scrollIntoView({block: "center"});
      marks[0].focus({preventScroll: true});
    }
    return marks.length;
  }
  window.drafterLight = light;
  document.addEventListener("click", function (e) {
    var el = e.target.closest ? e.target.closest("[data-clash]") : null;
    if (!el) { return; }
    e.preventDefault();
    light(el.getAttribute("data-clash"));
  });
  // hovering a clash shows its quotes where they are already in view; a click also brings them into view
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest ? e.target.closest("[data-clash]") : null;
    if (el) { light(el.getAttribute("data-clash"), true); }
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) { return; }
    if (e.key !== "j" && e.key !== "k") { return; }
    var sections = Array.prototype.slice.call(document.querySelectorAll("section.question"));
    var current = sections.findIndex(function (s) { return s.getBoundingClientRect().top > 5; });
    if (current < 0) { current = sections.length; }
    var next = e.key === "j" ? current : current - 2;
    var target = sections[Math.max(0, Math.min(sections.length - 1, next))];
    if (target) { target.focus(); target.scrollIntoView({block: "start"}); }
  });

  var review = data.review;
  if (!review) { return; }
  var status = document.getElementById("save-status");

  function editedAnalysis() {
    var analysis = JSON.parse(JSON.stringify(review.payload));
    var byId = {};
    (analysis.questions || []).forEach(function (q) { byId[q.id] = q; });
    document.querySelectorAll("select.relabel").forEach(function (s) {
      var q = byId[s.getAttribute("data-q")];
      var model = s.getAttribute("data-model");
      if (!q) { return; }
      q.stances[model] = s.value;
      if (s.value !== "evasive") {  // a model relabelled away from a dodge no longer dodges
        q.evasions = (q.evasions || []).filter(function (ev) { return ev.model !== model; });
      }
    });
    var drop = {};
    document.querySelectorAll("input.keep-box").forEach(function (box) {
      if (!box.checked) { drop[box.getAttribute("data-q") + "/" + box.getAttribute("data-field") + "/" + box.getAttribute("data-i")] = true; }
    });
    (analysis.questions || []).forEach(function (q) {
      ["contradictions", "evasions"].forEach(function (field) {
        var original = review.payload.questions.filter(function (p) { return p.id === q.id; })[0][field] || [];
        q[field] = original.filter(function (_, i) { return !drop[q.id + "/" + field + "/" + i]; })
          .filter(function (item) { return field !== "evasions" || (q.stances[item.model] || "evasive") === "evasive"; });
      });
    });
    return analysis;
  }
  function editedQuestions() {
    var out = [];
    document.querySelectorAll("#qlist .qrow").forEach(function (row) {
      var text = row.querySelector(".qtext").value.trim();
      if (!text) { return; }
      var id = row.getAttribute("data-id");
      out.push(id ? {id: id, text: text} : text);
    });
    return out;
  }
  if (review.kind === "questions") {
    document.getElementById("add-q").addEventListener("click", function () {
      var row = document.getElementById("q-template").content.firstElementChild.cloneNode(true);
      document.getElementById("qlist").appendChild(row);
      row.querySelector(".qtext").focus();
    });
    document.getElementById("qlist").addEventListener("click", function (e) {
      if (e.target.classList.contains("remove")) { e.target.closest(".qrow").remove(); }
    });
  }
  document.getElementById("save").addEventListener("click", function () {
    var body = review.kind === "questions" ? editedQuestions() : editedAnalysis();
    var button = this;
    button.disabled = true;
    status.textContent = "…";
    fetch("/save?token=" + encodeURIComponent(review.token), {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)
    }).then(function (r) { return r.json().then(function (j) { return {ok: r.ok, body: j}; }); })
      .then(function (res) {
        status.textContent = res.body.message;
        if (!res.ok) { button.disabled = false; }
        else { document.body.setAttribute("data-saved", "1"); }
      }, function (err) { status.textContent = String(err); button.disabled = false; });
  });
})();
