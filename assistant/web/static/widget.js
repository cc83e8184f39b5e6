// The residents' widget: <script src="https://HOST/widget.js" data-api-key="PUBLIC_KEY" defer></script>
// registers <plan-assistant-widget> (open shadow root: the host page's CSS cannot reach inside) and adds
// one to the page. Options, as data attributes on the script tag or the element: data-title,
// data-colour (the accent; pick one with 4.5:1 contrast against white), data-position (right|left),
// data-api-key, data-api (the API's address; default: where this script came from).
(() => {
  "use strict";
  const script = document.currentScript;
  const origin = script && script.src ? new URL(script.src).origin : window.location.origin;
  const defaults = script ? { ...script.dataset } : {};

  const CSS = `
    :host { all: initial !important; position: fixed !important; bottom: 16px !important; z-index: 2147483000 !important;
      display: block !important; visibility: visible !important; opacity: 1 !important; transform: none !important;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif !important; font-size: 16px !important;
      font-weight: 400 !important; line-height: 1.5 !important; letter-spacing: normal !important;
      color: #1b1b1b !important; background: transparent !important; }
    :host([data-position="left"]) { left: 16px !important; }
    :host(:not([data-position="left"])) { right: 16px !important; }
    * { box-sizing: border-box; font: inherit; color: inherit; }
    .launcher, button { all: unset; box-sizing: border-box; cursor: pointer; font-weight: 600; border-radius: 6px;
      min-height: 44px; min-width: 44px; padding: 10px 16px; background: var(--accent); color: #fff;
      border: 2px solid var(--accent); display: inline-flex; align-items: center; justify-content: center; }
    button:hover { filter: brightness(0.9); }
    button:focus-visible, textarea:focus-visible, .panel:focus-visible, .body:focus-visible {
      outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 6px #ffdd00; }
    .launcher { box-shadow: 0 2px 6px rgba(0,0,0,.35); }
    .panel { position: absolute; bottom: 60px; width: min(380px, calc(100vw - 32px)); max-height: min(600px, calc(100vh - 96px));
      display: flex; flex-direction: column; background: #fff; border: 2px solid #1b1b1b; border-radius: 8px;
      box-shadow: 0 4px 16px rgba(0,0,0,.3); overflow: hidden; }
    :host([data-position="left"]) .panel { left: 0; }
    :host(:not([data-position="left"])) .panel { right: 0; }
    .panel[hidden] { display: none; }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 8px 8px 12px;
      background: var(--accent); color: #fff; }
    .head h2 { margin: 0; font-size: 18px; font-weight: 700; }
    .head button { background: #fff; color: var(--accent); border-color: #fff; }
    .body { overflow-y: auto; padding: 12px; flex: 1 1 auto; }
    .notice { margin: 0 0 12px; padding: 8px 12px; background: #f3f2f1; border-left: 4px solid var(--accent); }
    .notice p { margin: 0 0 6px; } .notice p:last-child { margin: 0; }
    .notice details { margin: 0 0 6px; } .notice summary { cursor: pointer; min-height: 24px; }
    .notice ul { margin: 4px 0 0; padding-left: 20px; }
    ol.log { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
    .turn { padding: 8px 10px; border-radius: 6px; overflow-wrap: anywhere; }
    .turn.you { background: #f3f2f1; }
    .turn.bot { border: 1px solid #b1b4b6; }
    .who { font-weight: 700; margin: 0 0 2px; }
    .text { white-space: pre-wrap; margin: 0; }
    .asked { margin: 0 0 4px; font-style: italic; color: #505a5f; }
    .sources { margin: 8px 0 0; padding-left: 20px; font-size: 15px; }
    .safety { margin: 8px 0 0; padding: 8px 10px; border: 3px solid #1b1b1b; border-left-width: 8px; background: #fff7d6; }
    .safety.danger { background: #fde8e6; border-color: #a4000f; }
    .safety-title { font-weight: 700; font-size: 17px; margin: 0 0 4px; }
    .safety .contacts { margin: 6px 0 0; padding-left: 18px; }
    .safety .contacts li { margin: 4px 0; }
    .safety a { color: #1d3c8f; text-decoration: underline; font-weight: 700; display: inline-block; min-height: 24px; }
    .safety .when { display: block; font-size: 15px; }
    .sources li { margin: 4px 0; }
    .sources a { color: #1d3c8f; text-decoration: underline; }
    .sources a:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 6px #ffdd00; }
    form { display: flex; flex-direction: column; gap: 6px; padding: 10px 12px 12px; border-top: 1px solid #b1b4b6; }
    label { font-weight: 600; }
    .row { display: flex; gap: 8px; }
    textarea { flex: 1 1 auto; min-width: 0; min-height: 44px; resize: vertical; padding: 8px; border: 2px solid #1b1b1b;
      border-radius: 4px; background: #fff; color: #1b1b1b; }
    .hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0);
      white-space: nowrap; border: 0; }
    @media (prefers-reduced-motion: no-preference) { .panel { transition: opacity .15s ease-out; } }
    @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
  `;

  function el(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  class PlanAssistantWidget extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const option = (name, fallback) => this.dataset[name] || defaults[name] || fallback;
      this.api = option("api", origin).replace(/\/$/, "");
      this.key = option("apiKey", "");
      this.conversation = null;
      this.visitor = null; // the token our first answer gives us: it makes this conversation ours alone
      const title = option("title", "Ask about our plans");
      if (!this.dataset.position && defaults.position) this.dataset.position = defaults.position;
      // Host pages cannot hide or move the element itself: inline !important beats their stylesheets.
      this.style.setProperty("display", "block", "important");
      this.style.setProperty("position", "fixed", "important");
      this.style.setProperty("visibility", "visible", "important");
      this.style.setProperty("bottom", "16px", "important");
      this.style.setProperty(this.dataset.position === "left" ? "left" : "right", "16px", "important");
      this.style.setProperty("z-index", "2147483000", "important");
      const root = this.attachShadow({ mode: "open" });
      const style = el("style", { text: CSS });
      root.append(style);
      this.style.setProperty("--accent", option("colour", option("color", "#005ea5")));
      // Focused elements of the page should never sit under the launcher.
      const padding = getComputedStyle(document.documentElement).scrollPaddingBottom;
      if (!padding || padding === "auto" || padding === "0px") document.documentElement.style.scrollPaddingBottom = "96px";

      this.launcher = el("button", {
        type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": "pa-panel", text: title,
        onclick: () => this.toggle(),
      });
      this.statement = el("p", {
        text: "This is an AI assistant, not a person. It answers from the council's published plans, quoting them.",
      });
      const notice = el("div", { class: "notice", id: "pa-notice" }, [
        this.statement,
        el("p", { text: "Please do not enter personal details. It cannot take reports or give advice: in an emergency call 999." }),
      ]);
      this.log = el("ol", { class: "log", "aria-label": "Questions and answers" });
      this.box = el("textarea", { id: "pa-question", rows: "2", maxlength: "2000", "aria-describedby": "pa-notice" });
      this.send = el("button", { type: "submit", text: "Ask" });
      this.form = el("form", {}, [
        el("label", { for: "pa-question", text: "Your question" }),
        el("div", { class: "row" }, [this.box, this.send]),
      ]);
      this.status = el("div", { class: "hidden", role: "status", "aria-live": "polite" });
      this.closeButton = el("button", { type: "button", text: "Close", onclick: () => this.close() });
      this.heading = el("h2", { id: "pa-title", text: title });
      this.panel = el("div", {
        class: "panel", id: "pa-panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "pa-title",
        hidden: "",
      }, [
        el("div", { class: "head" }, [this.heading, this.closeButton]),
        el("div", { class: "body", tabindex: "0", role: "region", "aria-label": "Conversation" }, [notice, this.log]),
        this.form,
        this.status,
      ]);
      root.append(this.panel, this.launcher);

      this.form.addEventListener("submit", (event) => { event.preventDefault(); this.ask(); });
      this.box.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); this.ask(); }
      });
      this.panel.addEventListener("keydown", (event) => { if (event.key === "Escape") this.close(); });
      this.about();
    }

    headers() {
      const headers = { "Content-Type": "application/json" };
      if (this.key) headers["X-API-Key"] = this.key;
      if (this.visitor) headers["X-Visitor-Token"] = this.visitor;
      return headers;
    }

    async about() {
      try {
        const response = await fetch(`${this.api}/api/about`, { headers: this.headers() });
        if (!response.ok) return;
        const about = await response.json();
        this.statement.textContent = "This is an AI assistant, not a person. It answers from the council's published "
          + "plans, quoting their own words, and says so when they do not cover a question.";
        if (about.plans.length) {
          const list = el("ul", {}, about.plans.map((plan) => el("li", { text: plan.title })));
          this.statement.after(el("details", {}, [el("summary", { text: "Which plans?" }), list]));
        }
      } catch { /* the default statement stays */ }
    }

    toggle() { if (this.panel.hidden) this.open(); else this.close(); }

    open() {
      this.panel.hidden = false;
      this.launcher.setAttribute("aria-expanded", "true");
      this.box.focus();
    }

    close() {
      this.panel.hidden = true;
      this.launcher.setAttribute("aria-expanded", "false");
      this.launcher.focus();
    }

    async ask() {
      const message = this.box.value.trim();
      if (!message || this.busy) return;
      this.busy = true;
      this.send.setAttribute("aria-disabled", "true");
      this.box.value = "";
      this.log.append(el("li", { class: "turn you" }, [el("p", { class: "who", text: "You" }), el("p", { class: "text", text: message })]));
      const body = el("div", {}, [el("p", { class: "text", text: "Looking in the plans…" })]);
      const turn = el("li", { class: "turn bot", "aria-busy": "true", "data-state": "waiting" },
        [el("p", { class: "who", text: "Assistant" }), body]);
      this.log.append(turn);
      turn.scrollIntoView({ block: "nearest" });
      try {
        const response = await fetch(`${this.api}/api/chat`, {
          method: "POST", headers: this.headers(), body: JSON.stringify({ message, conversation_id: this.conversation }),
        });
        const answer = await response.json().catch(() => ({ message: response.statusText }));
        if (!response.ok) {
          if (response.status === 404 && this.conversation) this.conversation = null;
          throw new Error(response.status === 429 ? "Too many questions just now. Please wait a minute and try again."
            : answer.message || "Something went wrong.");
        }
        this.conversation = answer.conversation_id;
        if (answer.visitor_token) this.visitor = answer.visitor_token;
        this.render(body, answer, message);
        turn.setAttribute("data-state", "done");
        turn.scrollIntoView({ block: "nearest" });
        if (!(answer.safety && answer.safety.kind === "danger")) {
          this.announce(`Answer: ${answer.answer.replace(/\s*\[\d+\]/g, "")}`);
        }
      } catch (error) {
        turn.setAttribute("data-state", "error");
        body.replaceChildren(el("p", { class: "text", text: `Sorry, there is no answer: ${error.message}` }));
        this.announce(`Sorry, there is no answer: ${error.message}`);
      } finally {
        turn.setAttribute("aria-busy", "false");
        this.busy = false;
        this.send.removeAttribute("aria-disabled");
      }
    }

    render(body, answer, message) {
      const safety = answer.safety;
      const danger = safety && safety.kind === "danger";
      if (danger && !answer.answered) {  // guidance instead of a plan answer, shown first and announced at once
        body.replaceChildren(this.safetyBox(safety));
        return;
      }
      body.replaceChildren(el("p", { class: "text", text: answer.answer }));
      if (message && answer.question && answer.question.trim() !== message.trim()) {
        // a follow-up made standalone: say which question was answered
        body.prepend(el("p", { class: "asked", text: `Answering: ${answer.question}` }));
      }
      // danger: the guidance before anything else, the plans' answer after it; signposting after the answer
      if (safety) danger ? body.prepend(this.safetyBox(safety)) : body.append(this.safetyBox(safety));
      if (!answer.citations.length) return;
      const list = el("ol", { class: "sources", "aria-label": "Where this comes from" });
      for (const c of answer.citations) {
        const pageNumber = c.page_label || (c.page != null ? String(c.page) : null);
        const title = pageNumber ? `${c.title}, p. ${pageNumber}` : c.title;
        const quote = c.quote.length > 240 ? `${c.quote.slice(0, 237).trimEnd()}…` : c.quote;
        // The plan's file (a PDF at the cited page), from the API's address: this page may be elsewhere.
        const link = el("a", {
          href: new URL(c.url, `${this.api}/`).href, target: "_blank", rel: "noopener", text: title,
          "aria-label": `${title} (opens the plan in a new tab)`,
        });
        const item = el("li", { value: String(c.n) }, [link]);
        if (c.section) item.append(document.createTextNode(`, ${c.section}`));
        item.append(document.createTextNode(`: “${quote}”${c.ocr ? " (OCR)" : ""}`));
        list.append(item);
      }
      body.append(list);
    }

    safetyBox(safety) {
      const danger = safety.kind === "danger";
      const contacts = el("ul", { class: "contacts" }, safety.contacts.map((c) => {
        const item = el("li", {}, [el("strong", { text: c.name })]);
        if (c.number) {
          item.append(document.createTextNode(" "), el("a", { href: `tel:${c.number.replace(/[^0-9+]/g, "")}`, text: c.number }));
        }
        if (c.text) item.append(document.createTextNode(` (${c.text})`));
        if (c.when) item.append(el("span", { class: "when", text: ` ${c.when}` }));
        return item;
      }));
      return el("section", {
        class: `safety${danger ? " danger" : ""}`, role: danger ? "alert" : "note", "aria-label": "Safety guidance",
      }, [
        el("p", { class: "safety-title", text: danger ? "Safety guidance: if you are in danger now, call 999" : "Safety guidance" }),
        el("p", { class: "text", text: safety.message }),
        contacts,
      ]);
    }

    announce(text) {
      this.status.textContent = "";
      window.setTimeout(() => { this.status.textContent = text; }, 50);
    }
  }

  if (!customElements.get("plan-assistant-widget")) customElements.define("plan-assistant-widget", PlanAssistantWidget);
  const place = () => {
    if (!document.querySelector("plan-assistant-widget")) document.body.append(document.createElement("plan-assistant-widget"));
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", place); else place();
})();
