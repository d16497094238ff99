// The review page: claim on open, hover a field to light its box, a/e/r to decide, j/k to move on.
"use strict";
const root = document.getElementById("review");
const id = root.dataset.id;
let version = Number(root.dataset.version);
const msg = document.getElementById("message");
const adjustForm = document.getElementById("adjust-form");
const rejectForm = document.getElementById("reject-form");

function say(text, good) {
  msg.textContent = text;
  msg.classList.remove("hidden");
  msg.classList.toggle("good", !!good);
}

function go(url) { if (url) window.location = url; }
function nextOrQueue() { go(root.dataset.next || root.dataset.queue); }

function light(field, on) {
  document.querySelectorAll('[data-field="' + field + '"]').forEach((el) => el.classList.toggle("hl", on));
}
document.querySelectorAll("#fields tr[data-field], .box").forEach((el) => {
  el.addEventListener("mouseenter", () => light(el.dataset.field, true));
  el.addEventListener("mouseleave", () => light(el.dataset.field, false));
});

async function claim() {
  if (root.dataset.open !== "true") return;
  const res = await api("POST", "/api/v1/review/" + id + "/claim");
  const badge = document.getElementById("claim");
  if (res.ok) {
    const until = new Date(res.data.claim_expires_at);
    badge.textContent = "已领取至 " + until.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit" });
    badge.classList.add("claimed");
  } else {
    badge.textContent = "他人处理中";
    say((res.data && res.data.message) || "无法领取");
  }
}

async function decide(action, body) {
  const res = await api("POST", "/api/v1/review/" + id + "/" + action, Object.assign({ version }, body || {}));
  if (res.ok) {
    version = res.data.version;
    document.getElementById("status").textContent = { confirmed: "已确认", adjusted: "已调整", rejected: "已驳回" }[res.data.status] || res.data.status;
    document.getElementById("hours").textContent = res.data.hours == null ? "—" : res.data.hours;
    root.dataset.done = res.data.status;
    say("已保存。", true);
    setTimeout(nextOrQueue, 400);
  } else {
    say((res.data && res.data.message) || ("出错了（" + res.status + "）"));
  }
}

function open(form) {
  [adjustForm, rejectForm].forEach((f) => f.classList.toggle("hidden", f !== form));
  const first = form.querySelector("input");
  first.focus();
  first.select();
}

document.getElementById("btn-confirm").addEventListener("click", () => decide("confirm"));
document.getElementById("btn-adjust").addEventListener("click", () => open(adjustForm));
document.getElementById("btn-reject").addEventListener("click", () => open(rejectForm));
adjustForm.addEventListener("submit", (e) => {
  e.preventDefault();
  decide("adjust", { hours: Number(adjustForm.hours.value), reason: adjustForm.reason.value });
});
rejectForm.addEventListener("submit", (e) => {
  e.preventDefault();
  decide("reject", { reason: rejectForm.reason.value });
});

document.getElementById("correct-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = e.target, fields = {};
  for (const name of ["holder", "title", "issuer", "issued_on"]) {
    if (f[name].value.trim() !== f[name].defaultValue.trim()) fields[name] = f[name].value.trim() || null;
  }
  if (f.hours_stated.value !== f.hours_stated.defaultValue) fields.hours_stated = f.hours_stated.value === "" ? null : Number(f.hours_stated.value);
  if (f.people.value !== f.people.defaultValue) {
    const role = f.people.dataset.role || "author";
    fields.people = f.people.value.split(/[、,，;；]/).map((s) => s.trim()).filter(Boolean).map((name, i) => ({ name, rank: i + 1, role }));
  }
  if (f.journal_levels && f.journal_levels.value !== f.journal_levels.defaultValue) {
    const journal = JSON.parse(JSON.stringify(window.EVIDENCE_JOURNAL || {}));
    fields.journal = Object.assign(journal, { levels: f.journal_levels.value.split(",").map((s) => s.trim()).filter(Boolean) });
  }
  const changed = (el) => el && Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
  if (changed(f.award_level) || changed(f.award_kind)) {
    const award = JSON.parse(JSON.stringify(window.EVIDENCE_AWARD || {}));
    fields.award = Object.assign(award, { level: f.award_level.value || null, kind: f.award_kind.value || null });
  }
  if (changed(f.category_stated)) fields.category_stated = f.category_stated.value || null;
  if (!Object.keys(fields).length) return say("没有修改。");
  const res = await api("POST", "/api/v1/review/" + id + "/evidence", { version, fields, reason: "审核人更正" });
  if (res.ok) window.location.reload();
  else say((res.data && res.data.message) || ("出错了（" + res.status + "）"));
});

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") { [adjustForm, rejectForm].forEach((f) => f.classList.add("hidden")); document.activeElement.blur(); return; }
  if (typing(e)) return;
  const keys = { a: () => decide("confirm"), e: () => open(adjustForm), r: () => open(rejectForm),
                 j: () => go(root.dataset.next), k: () => go(root.dataset.prev) };
  if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
});
// Leaving without a decision gives the item back at once instead of holding it until the claim times out.
window.addEventListener("pagehide", () => {
  if (root.dataset.open === "true" && !root.dataset.done) {
    fetch("/api/v1/review/" + id + "/release", { method: "POST", keepalive: true, credentials: "same-origin",
                                                 headers: { "X-CSRF-Token": CSRF } });
  }
});
claim();

// A proof split out of a file: merge it with its neighbour or split it at a page, then show the file again.
const grouping = document.getElementById("grouping");
if (grouping) {
  const ranges = [...grouping.querySelectorAll(".proof-ranges li")].map((li) => [+li.dataset.first, +li.dataset.last]);
  const at = ranges.findIndex(([f]) => f === +grouping.dataset.first);
  async function regroup(next) {
    const res = await api("POST", "/api/v1/documents/" + grouping.dataset.file + "/proofs", { pages: next });
    if (res.ok) { root.dataset.done = "1"; window.location.href = root.dataset.queue; }
    else say((res.data && res.data.message) || ("出错了（" + res.status + "）"));
  }
  const merge = (i) => regroup([...ranges.slice(0, i), [ranges[i][0], ranges[i + 1][1]], ...ranges.slice(i + 2)]);
  document.getElementById("btn-merge-prev")?.addEventListener("click", () => merge(at - 1));
  document.getElementById("btn-merge-next")?.addEventListener("click", () => merge(at));
  grouping.querySelectorAll(".btn-split").forEach((b) => b.addEventListener("click", () => {
    const n = +b.dataset.at, [f, l] = ranges[at];
    regroup([...ranges.slice(0, at), [f, n - 1], [n, l], ...ranges.slice(at + 1)]);
  }));
}
