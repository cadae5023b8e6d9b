// Web chat for Wegwijs: talks to POST /api/chat (DESIGN.md). Nothing typed is lost on an error:
// the text stays in the box until the server has answered.
(function () {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("input");
  const send = document.getElementById("send");
  const status = document.getElementById("status");
  const KEY = "wegwijs.conversationId";

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "web-" + Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  let conversationId = localStorage.getItem(KEY);
  const isNew = !conversationId;
  if (isNew) {
    conversationId = newId();
    localStorage.setItem(KEY, conversationId);
  }

  function addMessage(text, who, language, rtl, buttons) {
    const div = document.createElement("div");
    div.className = "msg " + who;
    if (language) div.lang = language;
    div.dir = rtl ? "rtl" : "auto";
    div.textContent = text;
    if (buttons && buttons.length) {
      const row = document.createElement("div");
      row.className = "buttons";
      buttons.forEach(function (b) {
        const btn = document.createElement("button");
        btn.type = "button";
        btn.textContent = b.label;
        btn.dataset.button = b.value;
        row.appendChild(btn);
      });
      div.appendChild(row);
    }
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
    return div;
  }

  async function post(body) {
    body.conversationId = conversationId;
    send.disabled = true;
    status.textContent = "";
    try {
      const res = await fetch("api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body)
      });
      const data = await res.json();
      if (!res.ok) {
        status.textContent = data.error || "Er ging iets mis. Probeer het opnieuw.";
        return false;
      }
      document.documentElement.lang = data.language;
      document.documentElement.dir = data.rtl ? "rtl" : "ltr";
      data.messages.forEach(function (m) { addMessage(m.text, "bot", data.language, data.rtl, m.buttons); });
      return true;
    } catch (e) {
      status.textContent = "Geen verbinding. Je bericht staat nog klaar: probeer het opnieuw. / No connection: please try again.";
      return false;
    } finally {
      send.disabled = false;
    }
  }

  form.addEventListener("submit", async function (e) {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const shown = addMessage(text, "user", null, false, null);
    if (await post({ text: text })) {
      input.value = "";
    } else {
      shown.remove();
    }
    input.focus();
  });

  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  document.addEventListener("click", function (e) {
    const btn = e.target.closest("button[data-button]");
    if (!btn) return;
    addMessage(btn.textContent, "user", null, false, null);
    post({ button: btn.dataset.button });
  });

  if (isNew) {
    post({ text: "/start" });
  } else {
    post({ button: "cmd:help" });
  }
})();
