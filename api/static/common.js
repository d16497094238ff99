// Shared helpers: JSON calls to the API with the session's CSRF token, human ages, key handling.
"use strict";
const CSRF = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

async function api(method, url, body) {
  const opts = { method, headers: { "X-CSRF-Token": CSRF }, credentials: "same-origin" };
  if (body instanceof FormData) opts.body = body;
  else if (body !== undefined) { opts.body = JSON.stringify(body); opts.headers["Content-Type"] = "application/json"; }
  const res = await fetch(url, opts);
  let data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  return { ok: res.ok, status: res.status, data };
}

function ageText(seconds) {
  if (seconds == null) return "";
  if (seconds < 60) return "刚刚";
  if (seconds < 3600) return Math.floor(seconds / 60) + " 分钟";
  if (seconds < 86400) return Math.floor(seconds / 3600) + " 小时";
  return Math.floor(seconds / 86400) + " 天";
}

// Single-letter shortcuts must not fire while the user types in a field.
function typing(event) {
  const t = event.target;
  return event.ctrlKey || event.metaKey || event.altKey ||
    (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName)));
}
