// The officers' chat page: streamed answers (Server-Sent Events), citation chips and a source panel,
// and a plan's outline, targets and tables (each target and row with its quote or a link to its page).
// Everything from the server is put in the page as text (textContent), never as HTML.
"use strict";

const KEY_STORE = "planAssistantKey";
const VISITOR_STORE = "planAssistantVisitor"; // without a key: the token that makes our conversations ours
const $ = (id) => document.getElementById(id);
const state = { conversation: null, plans: [], busy: false, lastChip: null, planShown: 0 };

function headers() {
  const result = { "Content-Type": "application/json" };
  const key = sessionStorage.getItem(KEY_STORE);
  const visitor = sessionStorage.getItem(VISITOR_STORE);
  if (key) result["X-API-Key"] = key;
  else if (visitor) result["X-Visitor-Token"] = visitor;
  return result;
}

function remember(data) {
  state.conversation = data.conversation_id;
  if (data.visitor_token) sessionStorage.setItem(VISITOR_STORE, data.visitor_token);
}

function safetyBox(safety) {
  const danger = safety.kind === "danger";
  const contacts = el("ul", { class: "contacts" }, safety.contacts.map((c) => {
    const item = el("li", {}, [el("strong", { text: c.name })]);
    if (c.number) item.append(document.createTextNode(" "), el("a", { href: `tel:${c.number.replace(/[^0-9+]/g, "")}`, text: c.number }));
    if (c.text) item.append(document.createTextNode(` (${c.text})`));
    if (c.when) item.append(el("span", { class: "when", text: ` ${c.when}` }));
    return item;
  }));
  return el("section", { class: `safety${danger ? " danger" : ""}`, role: danger ? "alert" : "note", "aria-label": "Safety guidance" }, [
    el("p", { class: "safety-title", text: danger ? "Safety guidance: if you are in danger now, call 999" : "Safety guidance" }),
    el("p", { class: "answer-text", text: safety.message }),
    contacts,
  ]);
}

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

function announce(text) {
  const status = $("status");
  status.textContent = "";
  window.setTimeout(() => { status.textContent = text; }, 50);
}

async function loadAbout() {
  const response = await fetch("/api/about", { headers: headers() });
  if (!response.ok) {
    $("role").textContent = response.status === 401 ? "That key is not recognised: you see published plans only."
      : "The assistant is not available just now.";
    return;
  }
  const about = await response.json();
  $("statement").textContent = about.statement;
  $("role").textContent = about.role === "public"
    ? "You are seeing published plans only. Officers can add their key for internal documents."
    : `Signed in as ${about.role}: published and internal plans.`;
  state.plans = about.plans;
  const councils = [...new Set(about.plans.map((plan) => plan.council))].sort();
  fill($("council"), "All councils", councils.map((name) => [name, name]));
  fillPlans();
  loadPlanList();
}

async function loadPlanList() {
  // The plans the caller may see, for the outline and targets view (a new key can see more, or fewer).
  const response = await fetch("/api/plans", { headers: headers() });
  const plans = response.ok ? (await response.json()).plans : [];
  const choice = $("plan-view-choice");
  fill(choice, "Choose a plan", plans.map((plan) => [plan.id, `${plan.title} (${plan.council})`]));
  if (!choice.value) {
    state.planShown += 1;
    $("plan-view").replaceChildren();
  }
}

async function showPlan() {
  const id = $("plan-view-choice").value;
  const view = $("plan-view");
  const shown = ++state.planShown; // a later choice wins over a slower earlier one
  if (!id) {
    view.replaceChildren();
    return;
  }
  view.replaceChildren(el("p", { class: "hint", text: "Opening the plan…" }));
  try {
    const response = await fetch(`/api/plans/${encodeURIComponent(id)}`, { headers: headers() });
    if (!response.ok) throw new Error((await response.json().catch(() => ({}))).message || response.statusText);
    const plan = await response.json();
    if (shown !== state.planShown) return;
    view.replaceChildren(...planParts(plan));
    announce(`Showing ${plan.title}: ${plan.outline.length} headings, ${plan.targets.length} targets.`);
  } catch (error) {
    if (shown !== state.planShown) return;
    view.replaceChildren(el("p", { class: "answer-text", text: `The plan could not be opened: ${error.message}` }));
  }
}

function togglePlans() {
  const section = $("plans");
  section.hidden = !section.hidden;
  $("plans-toggle").setAttribute("aria-expanded", String(!section.hidden));
  if (!section.hidden) $("plan-view-choice").focus();
}

function planParts(plan) {
  const years = [plan.period_start, plan.period_end].filter((year) => year != null).join("–");
  const facts = [plan.council, plan.doc_type, years, plan.classification].filter(Boolean).join(" · ");
  return [
    el("h2", { text: plan.title }),
    el("p", { class: "hint", text: facts }),
    el("h3", { text: "Outline" }),
    plan.outline.length ? outlineList(plan.outline) : el("p", { text: "No headings were found in this plan." }),
    el("h3", { text: "Targets" }),
    plan.targets.length ? targetsTable(plan) : el("p", { text: "No targets were found in this plan." }),
    el("h3", { text: "Tables" }),
    ...planTables(plan),
  ];
}

function planTables(plan) {
  // The plan's own tables (not its document control or contents), row by row as printed, each row's quote linked.
  const tables = (plan.tables || []).filter((table) => table.kind === "body");
  if (!tables.length) return [el("p", { text: "No tables were found in this plan." })];
  return tables.map((table, n) => {
    const name = table.section ? table.section.split(" > ").pop() : `Table ${n + 1}`;
    const width = Math.max(...[table.columns, ...table.rows].filter(Boolean).map((row) => row.cells.length));
    const cellsOf = (row) => Array.from({ length: width }, (_, i) => row.cells[i] || "");
    const head = table.columns
      ? [el("thead", {}, [el("tr", {}, [...cellsOf(table.columns).map((cell) => el("th", { scope: "col", text: cell })),
          el("th", { scope: "col", text: "Page" })])])]
      : [];
    const rows = table.rows.map((row) => {
      const c = row.citations[0];
      return el("tr", {}, [...cellsOf(row).map((cell) => el("td", { text: cell })),
        el("td", {}, [fileLink(c, pageOf(c) || "Open the plan")])]);
    });
    const shown = el("table", { class: "plan-table" }, [el("caption", { text: name }), ...head, el("tbody", {}, rows)]);
    return el("div", { class: "table-wrap", role: "region", "aria-label": name, tabindex: "0" }, [shown]);
  });
}

function outlineList(sections) {
  // The headings as nested lists, each under the nearest heading above it with a smaller depth.
  const root = el("ul", { class: "outline" });
  const open = [{ depth: -1, item: null, list: root }];
  for (const section of sections) {
    while (open.length > 1 && open[open.length - 1].depth >= section.depth) open.pop();
    const parent = open[open.length - 1];
    if (!parent.list) parent.list = parent.item.appendChild(el("ul"));
    const where = [section.page != null ? `p. ${section.page}` : null,
      section.kind === "contents" ? "contents" : section.kind === "front" ? "front matter" : null].filter(Boolean);
    const item = el("li", {}, [document.createTextNode(section.title)]);
    if (where.length) item.append(el("span", { class: "where", text: ` (${where.join(", ")})` }));
    parent.list.append(item);
    open.push({ depth: section.depth, item, list: null });
  }
  return root;
}

function targetsTable(plan) {
  const head = el("tr", {}, ["Measure", "Target", "Baseline", "Period", "Quote and page"].map(
    (name) => el("th", { scope: "col", text: name })));
  const rows = plan.targets.map((target) => {
    const c = target.citation;
    return el("tr", {}, [
      el("td", { text: target.measure }),
      el("td", { text: target.target || "—" }),
      el("td", { text: target.baseline || "—" }),
      el("td", { text: target.period || "—" }),
      el("td", {}, [el("q", { text: c.quote }), fileLink(c, pageOf(c) || "Open the plan")]),
    ]);
  });
  const table = el("table", { class: "targets" }, [
    el("caption", { class: "visually-hidden", text: `Targets in ${plan.title}` }),
    el("thead", {}, [head]), el("tbody", {}, rows),
  ]);
  return el("div", { class: "table-wrap", role: "region", "aria-label": "Targets", tabindex: "0" }, [table]);
}

function fill(select, label, options) {
  const keep = select.value;
  select.replaceChildren(el("option", { value: "", text: label }));
  for (const [value, text] of options) select.append(el("option", { value, text }));
  select.value = options.some(([value]) => value === keep) ? keep : "";
}

function fillPlans() {
  const council = $("council").value;
  const plans = state.plans.filter((plan) => !council || plan.council === council);
  fill($("plan"), "All plans", plans.map((plan) => [plan.id, plan.title]));
}

function pageOf(c) {
  // The page as printed on it when known ("p. 14"), else the page of the file.
  const page = c.page_label || (c.page != null ? String(c.page) : null);
  return page ? `p. ${page}` : null;
}

function pagePlace(c) {
  // For the panel: the printed page number, and the page of the file when they differ.
  if (c.page == null) return c.page_label || "—";
  if (!c.page_label || c.page_label === String(c.page)) return String(c.page);
  return `${c.page_label} (page ${c.page} of the file)`;
}

function fileAddress(c) {
  return new URL(c.url, window.location.origin).href;
}

function references(answer) {
  return answer.citations.map((c) => {
    const where = [c.title, c.section, pageOf(c), c.ocr ? "OCR" : null].filter(Boolean).join(", ");
    return `[${c.n}] ${where}: “${c.quote}” ${fileAddress(c)}`;
  });
}

function fileLink(c, text) {
  // Opens the plan's file (a PDF at the cited page) in a new tab. A link cannot send our key, so with
  // an officer's key the page first asks for a short-lived address of the file and opens that.
  return el("a", {
    href: c.url, target: "_blank", rel: "noopener", class: "file-link",
    "aria-label": `${text} (opens the ${c.source.split(".").pop().toUpperCase()} file in a new tab)`,
    text, onclick: (event) => openFile(event, c),
  });
}

async function openFile(event, c) {
  if (!sessionStorage.getItem(KEY_STORE) || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const tab = window.open("about:blank", "_blank");
  if (tab) tab.opener = null;
  const hash = new URL(c.url, window.location.origin).hash;
  try {
    const response = await fetch(`/api/documents/${encodeURIComponent(c.source)}/file/link`, { headers: headers() });
    if (!response.ok) throw new Error((await response.json().catch(() => ({}))).message || response.statusText);
    const link = await response.json();
    const address = new URL(link.url, window.location.origin);
    address.hash = hash;
    if (tab) tab.location.href = address.href; else window.location.href = address.href;
  } catch (error) {
    if (tab) tab.close();
    announce(`The file could not be opened: ${error.message}`);
  }
}

function answeredQuestion(answer, message) {
  // a follow-up made standalone: say which question was answered
  if (!message || !answer.question || answer.question.trim() === message.trim()) return null;
  return el("p", { class: "answered-question", text: `Answering: ${answer.question}` });
}

function renderAnswer(body, answer, message) {
  const danger = answer.safety && answer.safety.kind === "danger";
  if (danger && !answer.answered) {
    body.replaceChildren(safetyBox(answer.safety));
    return;
  }
  const byN = new Map(answer.citations.map((c) => [c.n, c]));
  const text = el("p", { class: "answer-text" });
  const parts = answer.answer.split(/(\[\d+\])/);
  for (const part of parts) {
    const match = part.match(/^\[(\d+)\]$/);
    const citation = match && byN.get(Number(match[1]));
    if (citation) {
      text.append(el("button", {
        type: "button", class: "chip secondary", text: `${citation.n}`,
        "aria-label": `Source ${citation.n}: ${citation.title}`,
        onclick: (event) => openPanel(citation, event.currentTarget),
      }));
    } else {
      text.append(document.createTextNode(part));
    }
  }
  body.replaceChildren(text);
  const asked = answeredQuestion(answer, message);
  if (asked) body.prepend(asked);
  // danger: the guidance before anything else, the plans' answer after it; signposting after the answer
  if (answer.safety) danger ? body.prepend(safetyBox(answer.safety)) : body.append(safetyBox(answer.safety));
  if (answer.citations.length) {
    const list = el("ul", { class: "sources", "aria-label": "Sources" });
    for (const c of answer.citations) {
      const page = pageOf(c);
      const item = el("li", {}, [
        el("button", {
          type: "button", class: "chip secondary", text: `${c.n}`, "aria-label": `Open source ${c.n}`,
          onclick: (event) => openPanel(c, event.currentTarget),
        }),
        document.createTextNode(" "),
        fileLink(c, page ? `${c.title}, ${page}` : c.title),
      ]);
      if (c.section) item.append(document.createTextNode(` (${c.section})`));
      if (c.ocr) item.append(el("span", { class: "ocr", text: " (OCR)", title: "Read from a scanned page by OCR: check it against the page." }));
      list.append(item);
    }
    body.append(list);
  }
  const who = answer.answerer === "llm"
    ? "Written by a language model; every sentence was checked against the quoted passages."
    : "Quoted from the plans by the assistant (no language model).";
  const note = answer.fallback ? `${who} (The language model's answer was not used: ${answer.fallback}.)` : who;
  const copy = el("button", {
    type: "button", class: "secondary", text: "Copy answer with references",
    onclick: () => copyAnswer(answer),
  });
  body.append(el("div", { class: "turn-tools" }, [copy, el("p", { class: "answerer", text: note })]));
}

async function copyAnswer(answer) {
  const text = answer.citations.length
    ? `${answer.answer}\n\nReferences:\n${references(answer).join("\n")}` : answer.answer;
  try {
    await navigator.clipboard.writeText(text);
    announce("Answer and references copied.");
  } catch {
    const area = el("textarea", { "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
    announce("Answer and references copied.");
  }
}

function openPanel(citation, chip) {
  state.lastChip = chip;
  $("panel-title").textContent = `Source ${citation.n}`;
  $("panel-quote").replaceChildren(...inContext(citation));
  $("panel-ocr").hidden = !citation.ocr;
  $("panel-plan").textContent = citation.title;
  $("panel-council").textContent = citation.council || "—";
  $("panel-page").textContent = pagePlace(citation);
  $("panel-section").textContent = citation.section || "—";
  const where = pageOf(citation);
  $("panel-source").replaceChildren(fileLink(citation, where ? `${citation.source}, ${where}` : citation.source));
  const panel = $("panel");
  panel.hidden = false;
  panel.focus();
}

function inContext(citation) {
  // The quote, highlighted, within the paragraph it comes from (all text nodes: nothing is parsed as HTML).
  const context = citation.context || citation.quote;
  const at = context.indexOf(citation.quote);
  if (at < 0) return [el("mark", { text: citation.quote })];
  return [
    document.createTextNode(context.slice(0, at)),
    el("mark", { text: citation.quote }),
    document.createTextNode(context.slice(at + citation.quote.length)),
  ];
}

function closePanel() {
  $("panel").hidden = true;
  if (state.lastChip && document.body.contains(state.lastChip)) state.lastChip.focus();
}

async function* events(response) {
  // Server-Sent Events from a fetch body: blocks separated by a blank line, "event:" and "data:" fields.
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value.replace(/\r\n?/g, "\n");
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { name, data: JSON.parse(data.join("\n")) };
    }
  }
}

async function ask(message) {
  const log = $("log");
  log.append(el("li", { class: "turn user" }, [el("p", { class: "who", text: "You" }),
    el("p", { class: "answer-text", text: message })]));
  const body = el("div", { class: "answer-body" }, [el("p", { class: "answer-text", text: "Looking in the plans…" })]);
  const turn = el("li", { class: "turn assistant", "aria-busy": "true", "data-state": "streaming" },
    [el("p", { class: "who", text: "Assistant" }), body]);
  log.append(turn);
  turn.scrollIntoView({ block: "nearest" });
  const request = { message, conversation_id: state.conversation };
  if ($("council").value) request.councils = [$("council").value];
  if ($("plan").value) request.plans = [$("plan").value];
  let streamed = "";
  try {
    const response = await fetch("/api/chat/stream", { method: "POST", headers: headers(), body: JSON.stringify(request) });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({ message: response.statusText }));
      const wait = response.headers.get("Retry-After");
      throw new Error(wait ? `${problem.message}` : problem.message);
    }
    for await (const event of events(response)) {
      if (event.name === "citations") {
        remember(event.data);
      } else if (event.name === "delta") {
        streamed += event.data.text;
        body.replaceChildren(el("p", { class: "answer-text", text: streamed }));
      } else if (event.name === "done") {
        remember(event.data);
        renderAnswer(body, event.data, message);
        turn.setAttribute("data-state", "done");
        if (!(event.data.safety && event.data.safety.kind === "danger")) {
          announce(`Answer: ${event.data.answer.replace(/\[\d+\]/g, "")}`);
        }
      } else if (event.name === "error") {
        throw new Error(event.data.message);
      }
    }
    if (turn.getAttribute("data-state") !== "done") throw new Error("the answer was cut off; please ask again");
  } catch (error) {
    turn.classList.add("error");
    turn.setAttribute("data-state", "error");
    body.replaceChildren(el("p", { class: "answer-text", text: `Sorry, no answer: ${error.message}` }));
    announce(`No answer: ${error.message}`);
  } finally {
    turn.setAttribute("aria-busy", "false");
  }
}

function newConversation() {
  state.conversation = null;
  $("log").replaceChildren();
  $("panel").hidden = true;
  announce("New conversation started.");
  $("question").focus();
}

document.addEventListener("DOMContentLoaded", () => {
  $("ask").addEventListener("submit", async (event) => {
    event.preventDefault();
    const box = $("question");
    const message = box.value.trim();
    if (!message || state.busy) return;
    state.busy = true;
    $("send").disabled = true;
    box.value = "";
    try {
      await ask(message);
    } finally {
      state.busy = false;
      $("send").disabled = false;
      box.focus();
    }
  });
  $("question").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("ask").requestSubmit();
    }
  });
  $("council").addEventListener("change", fillPlans);
  $("plans-toggle").addEventListener("click", togglePlans);
  $("plan-view-choice").addEventListener("change", showPlan);
  $("new").addEventListener("click", newConversation);
  $("close-panel").addEventListener("click", closePanel);
  $("panel").addEventListener("keydown", (event) => { if (event.key === "Escape") closePanel(); });
  $("use-key").addEventListener("click", () => {
    const key = $("key").value.trim();
    if (key) sessionStorage.setItem(KEY_STORE, key); else sessionStorage.removeItem(KEY_STORE);
    $("key").value = "";
    newConversation();
    loadAbout();
  });
  loadAbout();
});
