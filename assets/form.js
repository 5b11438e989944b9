// The report form's only script: saves each change, shows the findings the
// server's validation returns, and handles list entries, upload and conflicts.
// No framework, no build step; embedded in the binary (crates/poa-web/src/site.rs).
(function () {
  'use strict';
  const body = document.body;
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const lang = body.dataset.lang;
  // Where the form's URLs start: '' under `serve`, the report's path in the portal.
  const base = body.dataset.base || '';
  const page = body.dataset.page;
  const words = { saving: body.dataset.savingWord };
  let version = body.dataset.version;
  let busy = Promise.resolve();
  const status = document.getElementById('status');

  function post(url, payload, headers) {
    return fetch(url, {
      method: 'POST',
      headers: Object.assign({ 'X-CSRF-Token': token }, headers || { 'Content-Type': 'application/json' }),
      body: payload,
      credentials: 'same-origin',
    });
  }

  async function handle(response) {
    if (response.status === 409) {
      const data = await response.json();
      const box = document.getElementById('conflict');
      box.querySelector('span').textContent = data.conflict;
      box.hidden = false;
      status.textContent = '';
      return null;
    }
    if (!response.ok) {
      let text = await response.text();
      try { text = JSON.parse(text).error || text; } catch (e) { /* plain text */ }
      status.textContent = text;
      status.className = 'error';
      return null;
    }
    const snapshot = await response.json();
    version = snapshot.version;
    body.dataset.version = version;
    status.textContent = body.dataset.savedWord || '';
    status.className = 'saved';
    show(snapshot);
    return snapshot;
  }

  // Queue changes so each one names the version the previous one produced.
  function send(url, payload) {
    busy = busy.then(async () => {
      status.textContent = words.saving;
      status.className = '';
      const data = Object.assign({ version: version, ui: lang }, payload);
      return handle(await post(url, JSON.stringify(data)));
    }).catch((e) => { status.textContent = String(e); status.className = 'error'; });
    return busy;
  }

  function valueOf(input) {
    const kind = input.dataset.kind;
    if (kind === 'choices') {
      const boxes = document.querySelectorAll('input[type=checkbox][data-pointer="' + CSS.escape(input.dataset.pointer) + '"]');
      return [...boxes].filter((b) => b.checked).map((b) => b.value);
    }
    if (kind === 'int') {
      if (input.value.trim() === '') return null;
      const n = Number(input.value);
      return Number.isInteger(n) ? n : input.value;
    }
    if (kind === 'lines') {
      return input.value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    }
    return input.value;
  }

  function save(input) {
    const payload = { pointer: input.dataset.pointer, value: valueOf(input) };
    if (input.dataset.textLang) payload.text_lang = input.dataset.textLang;
    if (input.hasAttribute('data-answer')) toggleDepends(input);
    return send(base + '/api/set', payload);
  }

  // Details, counts and lists appear when the answer calls for them.
  function toggleDepends(select) {
    const question = select.closest('.question');
    if (!question) return;
    const shown = select.value === 'yes' || select.value === 'partially';
    question.querySelectorAll('.depends').forEach((el) => {
      const filled = [...el.querySelectorAll('input, textarea, select')].some((i) =>
        (i.type === 'checkbox' ? i.checked : i.value !== ''));
      el.hidden = !shown && !filled && !el.querySelector('.entry');
    });
  }

  const timers = new WeakMap();
  document.addEventListener('input', (event) => {
    const input = event.target;
    if (!input.dataset || !input.dataset.pointer) return;
    if (input.tagName === 'TEXTAREA' || (input.type === 'text')) {
      clearTimeout(timers.get(input));
      timers.set(input, setTimeout(() => save(input), 700));
    }
  });
  document.addEventListener('change', (event) => {
    const input = event.target;
    if (input.id === 'upload') { upload(input); return; }
    if (!input.dataset || !input.dataset.pointer) return;
    clearTimeout(timers.get(input));
    save(input);
  });

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-list-op]');
    if (button) {
      send(base + '/api/list', {
        pointer: button.dataset.listPointer,
        op: button.dataset.listOp,
        index: Number(button.dataset.index),
      }).then((snapshot) => { if (snapshot) location.reload(); });
    }
    if (event.target.id === 'reload') location.reload();
  });

  // Queued with the other changes, so it names the version they produced.
  // The name is percent-encoded: a header carries only Latin-1, and a name
  // such as تقرير الدولة.xlsx would make fetch throw. Every failure reaches
  // the status line.
  function upload(input) {
    const file = input.files[0];
    if (!file) return busy;
    if (!window.confirm(body.dataset.uploadConfirm || 'Replace the report?')) { input.value = ''; return busy; }
    busy = busy.then(async () => {
      status.textContent = words.saving;
      status.className = '';
      const response = await post(base + '/api/upload?lang=' + lang, file, {
        'Content-Type': 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
        'X-Version': version,
      });
      if (await handle(response)) location.reload();
      input.value = '';
    }).catch((e) => { status.textContent = String(e); status.className = 'error'; input.value = ''; });
    return busy;
  }

  function item(finding) {
    const li = document.createElement('li');
    li.className = 'finding ' + finding.severity;
    li.dataset.rule = finding.rule;
    const id = document.createElement('b');
    id.textContent = finding.rule;
    li.append(id, ' ', finding.message);
    return li;
  }

  // The most specific place on this page a finding belongs to.
  function placeFor(finding) {
    const lists = [...document.querySelectorAll('[data-findings-for]')];
    let best = null;
    for (const list of lists) {
      const target = list.dataset.findingsFor;
      const match = target.startsWith('/')
        ? finding.pointer === target || finding.pointer.startsWith(target + '/')
        : finding.question === target;
      if (match && (!best || target.length >= best.dataset.findingsFor.length)) best = list;
    }
    return best;
  }

  function show(snapshot) {
    document.querySelectorAll('[data-findings-for]').forEach((l) => l.replaceChildren());
    const all = document.getElementById('all-findings');
    all.replaceChildren();
    let count = 0;
    for (const finding of snapshot.findings) {
      if (finding.severity === 'info') continue;
      count += 1;
      const entry = item(finding);
      const place = finding.page === page ? placeFor(finding) : null;
      if (place) {
        place.append(item(finding));
        const anchor = place.closest('[id]');
        const link = document.createElement('a');
        link.href = anchor ? '#' + anchor.id : '#';
        link.append(...entry.childNodes);
        entry.append(link);
      } else {
        const link = document.createElement('a');
        link.href = base + '/page/' + finding.page + '?lang=' + lang;
        link.append(...entry.childNodes);
        entry.append(link);
      }
      all.append(entry);
    }
    document.getElementById('no-findings').hidden = count > 0;
    for (const [key, state] of snapshot.pages) {
      const li = document.querySelector('[data-page-link="' + CSS.escape(key) + '"]');
      if (!li) continue;
      li.classList.remove('state-complete', 'state-findings', 'state-unanswered');
      li.classList.add('state-' + state);
      const label = li.querySelector('[data-state-label]');
      if (label && body.dataset['state' + state[0].toUpperCase() + state.slice(1)]) {
        label.textContent = body.dataset['state' + state[0].toUpperCase() + state.slice(1)];
      }
    }
  }

  document.querySelectorAll('select[data-answer]').forEach(toggleDepends);
  try { show(JSON.parse(body.dataset.snapshot)); } catch (e) { /* the page still works */ }
})();
