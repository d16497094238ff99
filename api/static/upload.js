// Drag-and-drop upload of many files; one live progress line per file, polled until it is suggested.
"use strict";
const STEPS = [["queued", "排队"], ["ocr", "识别"], ["extracted", "提取"], ["suggested", "建议"]];
const drop = document.getElementById("drop");
const input = document.getElementById("files");
const list = document.getElementById("uploads");

function line(name) {
  const li = document.createElement("li");
  li.className = "upload";
  li.innerHTML = '<span class="name"></span><ol class="steps"></ol><span class="state">上传中…</span>';
  li.querySelector(".name").textContent = name;
  const ol = li.querySelector(".steps");
  for (const [key, label] of STEPS) {
    const step = document.createElement("li");
    step.dataset.step = key;
    step.textContent = label;
    ol.appendChild(step);
  }
  list.appendChild(li);
  return li;
}

function show(li, doc) {
  const stage = doc.status === "failed" ? "failed" : doc.stage;
  li.dataset.stage = stage;
  li.dataset.status = doc.status;
  const at = STEPS.findIndex(([key]) => key === stage);
  li.querySelectorAll(".steps li").forEach((step, i) => {
    step.classList.toggle("done", at >= 0 && i < at || (doc.status === "processed" && i <= at));
    step.classList.toggle("current", i === at && doc.status !== "processed");
  });
  const state = li.querySelector(".state");
  if (doc.status === "failed") { state.textContent = "失败：" + (doc.error || ""); li.classList.add("failed"); }
  else if (doc.status === "processed") { state.textContent = stage === "suggested" ? "已给出建议，等待审核" : "处理完成"; li.classList.add("finished"); }
  else state.textContent = Math.round((doc.progress || 0) * 100) + "%";
}

async function poll(li, id) {
  const res = await api("GET", "/api/v1/documents/" + id);
  if (res.ok) show(li, res.data);
  const done = res.ok && (res.data.status === "failed" || res.data.status === "processed");
  if (!done) setTimeout(() => poll(li, id), 1000);
  else if (res.data.proofs && res.data.proofs.length && !li.dataset.proofs) proofs(li, res.data);
}

// A file holding several proofs: "1 file → N proofs", then one line per proof under the file's line.
function proofs(li, doc) {
  li.dataset.proofs = doc.proofs.length;
  li.classList.add("split");
  li.querySelector(".state").textContent = "1 个文件 → " + doc.proofs.length + " 份证明";
  let after = li;
  for (const p of doc.proofs) {
    const pl = line(li.querySelector(".name").textContent + " · 第 " + p.pages[0] + (p.pages[1] !== p.pages[0] ? "–" + p.pages[1] : "") + " 页");
    pl.classList.add("proof");
    pl.dataset.document = p.id;
    after.after(pl);
    after = pl;
    poll(pl, p.id);
  }
}

async function send(file) {
  const li = line(file.name);
  const form = new FormData();
  form.append("files", file, file.name);
  const res = await api("POST", "/api/v1/documents", form);
  const docs = (res.ok && res.data.documents) || [];
  const errors = (res.data && res.data.errors) || [];
  if (!docs.length && !errors.length) errors.push({ message: (res.data && res.data.message) || res.status });
  // a ZIP gives one line per member: the first reuses the file's line, the others follow it
  let first = true;
  const take = (name) => { if (first) { first = false; return li; } return line(name); };
  for (const doc of docs) {
    const l = take(doc.member || doc.filename);
    l.querySelector(".name").textContent = doc.member ? file.name + " / " + doc.member : file.name;
    l.dataset.document = doc.id;
    show(l, doc);
    poll(l, doc.id);
  }
  for (const err of errors) {
    const l = take(err.member || file.name);
    l.querySelector(".name").textContent = err.member ? file.name + " / " + err.member : file.name;
    l.classList.add("failed");
    l.dataset.stage = "refused";
    l.querySelector(".state").textContent = "未接收：" + (err.message || err.error || "");
  }
}

function sendAll(files) { for (const f of files) send(f); }

input.addEventListener("change", () => { sendAll(input.files); input.value = ""; });
["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add("over"); }));
["dragleave", "drop"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.remove("over"); }));
drop.addEventListener("drop", (e) => sendAll(e.dataTransfer.files));
drop.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } });
