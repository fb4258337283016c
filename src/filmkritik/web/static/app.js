// Progressive enhancement: clicking a fact marks its evidence and its sentence(s).
// Without JavaScript the fact links still jump to the sentence (#sN, styled by :target).
"use strict";
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.fact[data-fact]");
  if (!link) return;
  event.preventDefault();
  const id = link.dataset.fact;
  document.querySelectorAll(".active, .current").forEach((el) => el.classList.remove("active", "current"));
  link.classList.add("active");
  document.querySelectorAll("mark[data-facts]").forEach((mark) => {
    if (mark.dataset.facts.split(" ").includes(id)) mark.classList.add("active");
  });
  const sentences = (link.dataset.sentences || "").split(" ").filter(Boolean);
  sentences.forEach((n) => document.getElementById("s" + n)?.classList.add("current"));
  const first = sentences.length ? document.getElementById("s" + sentences[0]) : null;
  if (first) {
    first.scrollIntoView({ behavior: "smooth", block: "center" });
    history.replaceState(null, "", "#s" + sentences[0]);
  }
});
