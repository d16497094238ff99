// The queue table: j/k move the selection, Enter opens the selected item.
"use strict";
const rows = Array.from(document.querySelectorAll("#queue tbody tr"));
let at = 0;

function select(i) {
  if (!rows.length) return;
  at = Math.max(0, Math.min(rows.length - 1, i));
  rows.forEach((r, j) => r.classList.toggle("selected", j === at));
  rows[at].scrollIntoView({ block: "nearest" });
}

document.querySelectorAll("td.age").forEach((td) => { td.textContent = ageText(Number(td.dataset.age)); });
rows.forEach((r, i) => r.addEventListener("click", (e) => {
  if (e.target.tagName !== "A") { select(i); window.location = r.dataset.href; }
}));
document.addEventListener("keydown", (e) => {
  if (typing(e)) return;
  if (e.key === "j") select(at + 1);
  else if (e.key === "k") select(at - 1);
  else if (e.key === "Enter" && rows.length) window.location = rows[at].dataset.href;
});
select(0);
