// Admin: create and revoke API keys through the integration API (the key is shown once).
"use strict";
const keyForm = document.getElementById("key-form");
if (keyForm) {
  keyForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    const scopes = Array.from(keyForm.querySelectorAll('input[name="scope"]:checked')).map((i) => i.value);
    const res = await api("POST", "/api/v1/api-keys", { name: keyForm.name.value, scopes });
    const out = document.getElementById("new-key");
    out.classList.remove("hidden");
    out.textContent = res.ok ? "新密钥（只显示这一次，请立即保存）：" + res.data.key : "创建失败：" + ((res.data && res.data.message) || res.status);
  });
}
document.querySelectorAll("[data-revoke]").forEach((b) => b.addEventListener("click", async () => {
  if (!confirm("吊销后使用此密钥的系统将立即无法访问，确定吗？")) return;
  const res = await api("POST", "/api/v1/api-keys/" + b.dataset.revoke + "/revoke");
  if (res.ok) window.location.reload();
}));
// Learned facts: confirm or revoke through the admin API; every change is audited server-side.
document.querySelectorAll("[data-fact-confirm]").forEach((b) => b.addEventListener("click", async () => {
  const res = await api("POST", "/api/v1/admin/facts/" + b.dataset.factConfirm + "/confirm", {});
  if (res.ok) window.location.reload();
}));
document.querySelectorAll("[data-fact-revoke]").forEach((b) => b.addEventListener("click", async () => {
  if (!confirm("撤销后此规则立即停止用于新的识别，确定吗？")) return;
  const res = await api("POST", "/api/v1/admin/facts/" + b.dataset.factRevoke + "/revoke", {});
  if (res.ok) window.location.reload();
}));
