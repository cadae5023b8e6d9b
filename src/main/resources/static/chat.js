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
  const letterFile = document.getElementById("letter-file");
  const letterLabel = document.getElementById("letter-label");

  // The page's own words follow the conversation's language; the bot's words come from the server.
  const CHROME = {
    nl: { placeholder: "Typ je vraag…", send: "Stuur", input: "Je bericht", help: "Help", forget: "Wis mijn gegevens", error: "Er ging iets mis. Probeer het opnieuw.", offline: "Geen verbinding. Je bericht staat nog klaar: probeer het opnieuw.", letter: "📎 Foto of PDF van een brief", reading: "Ik lees je brief… Dat duurt een paar seconden." },
    en: { placeholder: "Type your question…", send: "Send", input: "Your message", help: "Help", forget: "Erase my data", error: "Something went wrong. Please try again.", offline: "No connection. Your message is still here: please try again.", letter: "📎 Photo or PDF of a letter", reading: "I am reading your letter… This takes a few seconds." },
    ar: { placeholder: "اكتب سؤالك…", send: "أرسل", input: "رسالتك", help: "مساعدة", forget: "امسح بياناتي", error: "حدث خطأ. حاول مرة أخرى.", offline: "لا يوجد اتصال. رسالتك ما زالت هنا: حاول مرة أخرى.", letter: "📎 صورة أو PDF لرسالة", reading: "أقرأ رسالتك الآن… هذا يستغرق بضع ثوانٍ." },
    tr: { placeholder: "Sorunuzu yazın…", send: "Gönder", input: "Mesajınız", help: "Yardım", forget: "Verilerimi sil", error: "Bir sorun oldu. Lütfen tekrar deneyin.", offline: "Bağlantı yok. Mesajınız hâlâ burada: lütfen tekrar deneyin.", letter: "📎 Mektubun fotoğrafı veya PDF'si", reading: "Mektubunuzu okuyorum… Bu birkaç saniye sürer." },
    pl: { placeholder: "Wpisz swoje pytanie…", send: "Wyślij", input: "Twoja wiadomość", help: "Pomoc", forget: "Usuń moje dane", error: "Coś poszło nie tak. Spróbuj ponownie.", offline: "Brak połączenia. Twoja wiadomość nadal tu jest: spróbuj ponownie.", letter: "📎 Zdjęcie lub PDF listu", reading: "Czytam Twój list… To potrwa kilka sekund." },
    uk: { placeholder: "Напишіть своє запитання…", send: "Надіслати", input: "Ваше повідомлення", help: "Допомога", forget: "Видалити мої дані", error: "Щось пішло не так. Спробуйте ще раз.", offline: "Немає з'єднання. Ваше повідомлення ще тут: спробуйте ще раз.", letter: "📎 Фото або PDF листа", reading: "Я читаю ваш лист… Це займе кілька секунд." }
  };
  let words = CHROME.nl;

  function localise(language) {
    words = CHROME[language] || CHROME.nl;
    input.placeholder = words.placeholder;
    send.textContent = words.send;
    document.querySelector("label[for='input']").textContent = words.input;
    document.querySelector("footer [data-button='cmd:help']").textContent = words.help;
    document.querySelector("footer [data-button='cmd:vergeet']").textContent = words.forget;
    letterLabel.textContent = words.letter;
  }

  // The conversation id is the server's: it signs it, and it is the only key to this
  // conversation. The page never makes one up; it keeps the id of the last reply.
  let conversationId = localStorage.getItem(KEY);

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

  function show(data) {
    if (!data.messages.length) return;
    document.documentElement.lang = data.language;
    document.documentElement.dir = data.rtl ? "rtl" : "ltr";
    localise(data.language);
    data.messages.forEach(function (m) {
      addMessage(m.text, "bot", data.language, data.rtl, m.buttons);
      watchHandoff(m.buttons || []);
    });
  }

  // While a person is helping, their answers arrive outside our replies: fetch them every few
  // seconds. A message with the stop button means a handoff is open; one with only the "talk to
  // a person" button means it has ended. Remembered across a reload.
  const HANDOFF = "wegwijs.handoffOpen";
  const POLL_MS = 3000;
  let poller = null;

  function watchHandoff(buttons) {
    const values = buttons.map(function (b) { return b.value; });
    if (values.indexOf("cmd:stop") >= 0) setHandoff(true);
    else if (values.length === 1 && values[0] === "cmd:mens") setHandoff(false);
  }

  function setHandoff(open) {
    if (open) {
      localStorage.setItem(HANDOFF, "1");
      if (!poller) poller = setInterval(poll, POLL_MS);
    } else {
      localStorage.removeItem(HANDOFF);
      if (poller) clearInterval(poller);
      poller = null;
    }
  }

  // One poll at a time: on a slow connection a second poll could hand over the next message and
  // be shown before the first, and the intermediary's words would appear out of order.
  let polling = false;
  async function poll() {
    if (polling || !conversationId) return;
    polling = true;
    try {
      const res = await fetch("api/chat/messages?conversationId=" + encodeURIComponent(conversationId));
      if (res.ok) show(await res.json());
    } catch (e) {
      // offline for a moment: the messages wait on the server until the next poll
    } finally {
      polling = false;
    }
  }

  // One message at a time, in order: a second click or Enter waits for the first answer, so it
  // carries the id that answer brought and cannot start a second conversation.
  // Nothing the parent does goes out before the first turn has brought the id (see begin()).
  let ready;
  let line = new Promise(function (resolve) { ready = resolve; });
  function post(body) {
    const turn = line.then(function () { return postNow(body); });
    line = turn.catch(function () { return false; });
    return turn;
  }

  async function postNow(body) {
    if (conversationId) body.conversationId = conversationId;
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
        status.textContent = data.error || words.error;
        return false;
      }
      if (data.conversationId && data.conversationId !== conversationId) {
        conversationId = data.conversationId;
        localStorage.setItem(KEY, conversationId);
      }
      show(data);
      return true;
    } catch (e) {
      status.textContent = words.offline;
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

  // A photo or PDF of a letter: POST /api/chat/letter (multipart), answered like a message. The
  // file goes only to the server, which reads it in memory and keeps nothing of it.
  letterFile.addEventListener("change", function () {
    const file = letterFile.files[0];
    if (!file) return;
    // in line with the messages, so it carries the id the first turn brought
    const turn = line.then(function () { return upload(file); });
    line = turn.catch(function () { return false; });
  });

  async function upload(file) {
    const shown = addMessage("📎 " + file.name, "user", null, false, null);
    const reading = addMessage(words.reading, "bot", null, false, null);
    reading.classList.add("reading");
    const body = new FormData();
    if (conversationId) body.append("conversationId", conversationId);
    body.append("file", file);
    send.disabled = true;
    status.textContent = "";
    try {
      const res = await fetch("api/chat/letter", { method: "POST", body: body });
      const data = await res.json();
      if (!res.ok) {
        status.textContent = data.error || words.error;
        shown.remove();
        return;
      }
      if (data.conversationId && data.conversationId !== conversationId) {
        conversationId = data.conversationId;
        localStorage.setItem(KEY, conversationId);
      }
      show(data);
    } catch (e) {
      status.textContent = words.offline;
      shown.remove();
    } finally {
      reading.remove();
      send.disabled = false;
      letterFile.value = "";
    }
  }

  if (localStorage.getItem(HANDOFF)) setHandoff(true);

  // The first turn decides the id. Two tabs opened at once must not both start a conversation:
  // the second waits for the first under a lock, then finds its id and continues it.
  function begin() {
    conversationId = localStorage.getItem(KEY);
    const first = conversationId ? postNow({ button: "cmd:help" }) : postNow({ text: "/start" });
    return first.finally(ready);
  }
  if (navigator.locks && navigator.locks.request) {
    navigator.locks.request("wegwijs-first-turn", begin);
  } else {
    begin();
  }
})();
