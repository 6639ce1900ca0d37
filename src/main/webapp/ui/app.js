// The web page's behaviour: log-on, the views chosen by the URL's hash, and one live stream of the user's jobs.
// It uses only the JSON API and the session cookie, as every other client does; nothing here is trusted by the server.
'use strict';

(() => {
  const API = '/jess_web/api';
  const USERS = '/users/api';
  const PAGE = 20;
  const CASE_PAGE = 100;
  const CANCELLABLE = ['UNPACKED', 'ACCEPTED', 'QUEUED'];
  // the progress bar's states, in the order they are drawn, with the labels read beside it
  const STATES = ['collected', 'simulated', 'running', 'queued', 'cancelled', 'rejected', 'failed'];

  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

  /** An element with attributes (a property when the name is one, e.g. textContent) and children. */
  function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k in e && typeof v !== 'string') e[k] = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
    e.append(...children.filter((c) => c !== null && c !== undefined));
    return e;
  }

  const state = {
    me: null,
    stream: null,
    streamRetry: null,
    filter: {},
    pages: [],          // the "after" of each newer page, so that Newer goes back exactly
    after: null,        // this page's "after" (null: the newest)
    reloadJobs: null,
    newest: null,       // the newest job id on the newest page once it has been read (0: no jobs)
    jobId: null,        // the job whose page is open
    job: null,
    casesAfter: 0,
    reloadCases: null,
    files: [],
  };

  /**
   * One JSON call with the session cookie: the envelope as the server sent it, or null when a 401 ended the session
   * (the log-on form is then back, and the caller stops). Before log-on a 401 is an answer like any other.
   */
  async function call(method, path, body) {
    const options = {method, credentials: 'same-origin', headers: {Accept: 'application/json'}};
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, options);
    } catch (e) {
      return {ok: false, status: 'The server cannot be reached: ' + e.message, data: null};
    }
    if (response.status === 401 && state.me) {
      sessionEnded();
      return null;
    }
    try {
      return await response.json();
    } catch (e) {
      return {ok: false, status: 'The server answered ' + response.status + ' without a JSON reply', data: null};
    }
  }

  function show(id, on) {
    $('#' + id).hidden = !on;
  }

  function say(id, text) {
    $('#' + id).textContent = text || '';
  }

  function time(ms) {
    if (ms === null || ms === undefined) return '';
    const d = new Date(ms);
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  }

  function bytes(n) {
    if (n < 1000) return n + ' B';
    const units = ['kB', 'MB', 'GB', 'TB'];
    let v = n;
    let i = -1;
    do { v /= 1000; i++; } while (v >= 1000 && i < units.length - 1);
    return (v < 100 ? v.toFixed(2) : v.toFixed(1)) + ' ' + units[i];
  }

  // ---- progress bar ---------------------------------------------------------------------------------------------

  /** The case counts as a bar of one segment per state, with a legend that says the same in words. */
  function progressBar(cases) {
    const total = cases ? cases.total : 0;
    const wrap = el('div', {class: 'progress-wrap'});
    if (!total) {
      wrap.append(el('div', {class: 'legend', text: 'no cases yet'}));
      return wrap;
    }
    const words = STATES.filter((s) => cases[s] > 0).map((s) => `${cases[s]} ${s}`);
    const bar = el('div', {class: 'progress', role: 'img', 'aria-label': `${total} cases: ${words.join(', ')}`});
    for (const s of STATES) {
      const n = cases[s] || 0;
      if (!n) continue;
      const seg = el('span', {class: 'seg seg-' + s, 'data-count': String(n), title: `${n} ${s}`});
      // a style set through the DOM, not an inline style attribute: the page's policy refuses those
      seg.style.flexGrow = String(n);
      bar.append(seg);
    }
    wrap.append(bar, el('div', {class: 'legend', text: `${words.join(' · ')} of ${total}`}));
    return wrap;
  }

  // ---- session --------------------------------------------------------------------------------------------------

  async function boot() {
    wire();
    const reply = await call('GET', USERS + '/user');
    if (reply.ok && reply.data) {
      loggedOn({email: reply.data.email, role: reply.data.role, user: reply.data.user});
    } else {
      showLogon('');
    }
  }

  function showLogon(message) {
    state.me = null;
    stopStream();
    show('app', false);
    show('logon-view', true);
    say('logon-message', message);
    $('#logon-email').focus();
  }

  /** The session ran out or was ended elsewhere: log on again, then the page goes on where it was. */
  function sessionEnded() {
    showLogon('Your session has ended: log on again to go on.');
  }

  async function logon(event) {
    event.preventDefault();
    say('logon-message', '');
    const reply = await call('POST', USERS + '/auth',
      {email: $('#logon-email').value.trim(), password: $('#logon-password').value});
    if (!reply.ok) {
      say('logon-message', reply.status);
      return;
    }
    $('#logon-password').value = '';
    loggedOn({email: reply.email, role: reply.role, user: reply.user});
  }

  function loggedOn(me) {
    state.me = me;
    say('whoami', me.email);
    show('nav-accounts', me.role === 'admin');
    show('logon-view', false);
    show('app', true);
    startStream();
    route();
  }

  async function logoff() {
    stopStream();
    await call('POST', USERS + '/logout');
    $('#logon-email').value = '';
    showLogon('You have logged off.');
  }

  // ---- live stream ----------------------------------------------------------------------------------------------

  /** One stream of all the user's jobs: browsers allow few connections per server, so never one per row. */
  function startStream() {
    stopStream();
    const stream = new EventSource(API + '/jobs/events');
    stream.addEventListener('status', (e) => applyStatus(JSON.parse(e.data)));
    stream.onerror = () => {
      if (stream.readyState !== EventSource.CLOSED) return;  // the browser reconnects by itself
      // closed for good: ended by the server (log-off, session expiry) or refused; find out which
      state.streamRetry = setTimeout(async () => {
        // after a 401 the log-on form is back, and the stream restarts after log-on
        const reply = await call('GET', USERS + '/user');
        if (reply && reply.ok && state.me) startStream();
      }, 2000);
    };
    state.stream = stream;
  }

  function stopStream() {
    clearTimeout(state.streamRetry);
    if (state.stream) state.stream.close();
    state.stream = null;
  }

  function applyStatus(s) {
    const row = $(`#jobs-table tr[data-job="${s.job_ID}"]`);
    if (row) {
      $('.job-status', row).textContent = s.status;
      $('.job-progress', row).replaceChildren(progressBar(s.cases));
    } else if (!$('#jobs-view').hidden && state.after === null && state.newest !== null && s.job_ID > state.newest) {
      // a job newer than the newest page shows (submitted elsewhere, say): read the page again, once for a burst;
      // an older job's event (the stream's first ones may come before the page) is not a reason to redraw
      clearTimeout(state.reloadJobs);
      state.reloadJobs = setTimeout(loadJobs, 300);
    }
    if (state.jobId === s.job_ID) {
      const ended = state.job && !isEnded(state.job.status) && isEnded(s.status);
      showStatus(s);
      clearTimeout(state.reloadCases);
      state.reloadCases = setTimeout(() => reloadJobParts(ended), 500);
    }
  }

  function isEnded(status) {
    return !CANCELLABLE.includes(status);
  }

  // ---- routing --------------------------------------------------------------------------------------------------

  function route() {
    if (!state.me) return;
    const hash = location.hash || '#/jobs';
    const job = /^#\/job\/(\d+)$/.exec(hash);
    const views = ['jobs-view', 'job-view', 'submit-view', 'accounts-view'];
    let view = 'jobs-view';
    if (job) view = 'job-view';
    else if (hash === '#/submit') view = 'submit-view';
    else if (hash === '#/accounts' && state.me.role === 'admin') view = 'accounts-view';
    for (const v of views) show(v, v === view);
    for (const a of $$('nav a')) a.removeAttribute('aria-current');
    const current = {'jobs-view': 'nav-jobs', 'submit-view': 'nav-submit', 'accounts-view': 'nav-accounts'}[view];
    if (current) $('#' + current).setAttribute('aria-current', 'page');
    state.jobId = job ? Number(job[1]) : null;
    // a new view is announced and keyboard work goes on from its heading, as after a page load
    $(`#${view} h1`).focus();
    if (view === 'jobs-view') loadJobs();
    if (view === 'job-view') loadJob(state.jobId);
    if (view === 'accounts-view') loadAccounts();
    if (view === 'submit-view') say('submit-message', '');
  }

  // ---- job list -------------------------------------------------------------------------------------------------

  function filterOf() {
    const f = {};
    const status = $('#filter-status').value;
    if (status) f.status = status;
    if ($('#filter-since').value) f.since = $('#filter-since').value;
    if ($('#filter-till').value) f.till = $('#filter-till').value;
    return f;
  }

  async function loadJobs() {
    const body = {...state.filter, limit: PAGE + 1};
    if (state.after !== null) body.after = state.after;
    const reply = await call('POST', API + '/jobs', body);
    if (!reply) return;  // the session ended: the log-on form is back
    if (!reply.ok) {
      say('jobs-message', reply.status);
      return;
    }
    say('jobs-message', '');
    const jobs = reply.data.slice(0, PAGE);
    // a redraw keeps what the user checked
    const checked = new Set($$('#jobs-table .select-job:checked').map((c) => c.value));
    $('#jobs-table tbody').replaceChildren(...jobs.map(jobRow));
    for (const c of $$('#jobs-table .select-job')) c.checked = checked.has(c.value);
    if (state.after === null) state.newest = jobs.length ? jobs[0].job_SN : 0;
    const first = state.pages.length * PAGE + 1;
    say('page-label', jobs.length ? `Jobs ${first} to ${first + jobs.length - 1}` : 'No jobs');
    $('#page-newer').disabled = state.after === null;
    $('#page-older').disabled = reply.data.length <= PAGE;
    $('#page-older').dataset.after = jobs.length ? String(jobs[jobs.length - 1].job_SN) : '';
  }

  function jobRow(j) {
    const title = j.job_Name || '(no title)';
    return el('tr', {'data-job': String(j.job_SN)},
      el('td', {}, el('input', {type: 'checkbox', class: 'select-job', value: String(j.job_SN),
        'aria-label': `Select job ${j.job_SN}`})),
      el('td', {class: 'job-id'}, el('a', {href: `#/job/${j.job_SN}`, text: String(j.job_SN),
        'aria-label': `Job ${j.job_SN}: ${title}`})),
      el('td', {class: 'job-title', text: title}),
      el('td', {class: 'job-type', text: j.job_Type}),
      el('td', {class: 'job-status', text: j.status}),
      el('td', {class: 'job-received', text: time(j.received)}),
      el('td', {class: 'job-progress'}, progressBar(j.cases)));
  }

  function applyFilter(event) {
    event.preventDefault();
    state.filter = filterOf();
    state.pages = [];
    state.after = null;
    loadJobs();
  }

  function older() {
    state.pages.push(state.after);
    state.after = Number($('#page-older').dataset.after);
    loadJobs();
  }

  function newer() {
    state.after = state.pages.length ? state.pages.pop() : null;
    loadJobs();
  }

  // ---- bulk cancel ----------------------------------------------------------------------------------------------

  let bulkRequest = null;

  async function previewCancel(request) {
    const reply = await call('POST', API + '/jobs/cancel', {...request, dry_run: true});
    if (!reply) return;  // the session ended: the log-on form is back
    if (!reply.ok) {
      say('jobs-message', reply.status);
      return;
    }
    bulkRequest = request;
    say('bulk-preview', reply.status);
    $('#bulk-list').replaceChildren(...reply.data.map((r) => el('li', {text: `Job ${r.job_ID}: ${r.result}`})));
    $('#bulk-confirm').disabled = !reply.data.some((r) => r.result === 'would be flagged');
    $('#bulk-dialog').showModal();
  }

  function cancelSelected() {
    const ids = $$('#jobs-table .select-job:checked').map((c) => Number(c.value));
    if (!ids.length) {
      say('jobs-message', 'Select the jobs to cancel first.');
      return;
    }
    previewCancel({ids});
  }

  function cancelFiltered() {
    const f = filterOf();
    previewCancel(Object.keys(f).length ? f : {all: true});
  }

  async function confirmBulk() {
    $('#bulk-dialog').close();
    if (!bulkRequest) return;
    const reply = await call('POST', API + '/jobs/cancel', bulkRequest);
    if (!reply) return;  // the session ended: the log-on form is back
    say('jobs-message', reply.status);
    bulkRequest = null;
    for (const c of $$('#jobs-table .select-job:checked')) c.checked = false;
  }

  // ---- a job's page ---------------------------------------------------------------------------------------------

  async function loadJob(id) {
    state.job = null;
    say('job-heading', `Job ${id}`);
    say('job-type', '');
    say('job-message', '');
    $('#cases-table tbody').replaceChildren();
    $('#result-tree').replaceChildren();
    show('job-cancel', false);
    const reply = await call('GET', `${API}/job/status/${id}`);
    if (!reply) return;  // the session ended: the log-on form is back
    if (state.jobId !== id) return;
    if (!reply.ok) {
      say('job-message', reply.status);
      say('job-status', '');
      say('job-info', '');
      $('#job-progress').replaceChildren();
      return;
    }
    showStatus(reply.data);
    title(id);
    zipLink();
    reloadJobParts(true);
  }

  /** The title is in the job list only (the status object has none): the one-job page of the list that starts at it. */
  async function title(id) {
    const reply = await call('POST', API + '/jobs', {limit: 1, after: id + 1});
    if (!reply) return;  // the session ended: the log-on form is back
    const job = reply.ok && reply.data.length && reply.data[0].job_SN === id ? reply.data[0] : null;
    if (job && state.jobId === id) {
      say('job-heading', `Job ${id}: ${job.job_Name || '(no title)'}`);
      say('job-type', `${job.job_Type}, received ${time(job.received)}`);
    }
  }

  function showStatus(s) {
    state.job = s;
    say('job-status', s.status);
    say('job-info', s.status_Info + (s.cancel_Flag ? ' (cancel requested)' : ''));
    $('#job-progress').replaceChildren(progressBar(s.cases));
    show('job-cancel', CANCELLABLE.includes(s.status) && !s.cancel_Flag);
  }

  function reloadJobParts(withTree) {
    if (state.jobId === null) return;
    loadCases(true);
    if (withTree) loadTree();
  }

  async function loadCases(fromStart) {
    const id = state.jobId;
    // a refresh reads again what is on the page; "More" reads the next page
    const shown = $$('#cases-table tbody tr').length;
    const limit = fromStart ? Math.min(1000, Math.max(CASE_PAGE, shown)) : CASE_PAGE;
    const after = fromStart ? 0 : state.casesAfter;
    const reply = await call('GET', `${API}/job/cases/${id}?limit=${limit}&after=${after}`);
    if (!reply) return;  // the session ended: the log-on form is back
    if (state.jobId !== id || !reply.ok) return;
    // data-label: on a phone each row is a card, and these cells say what their number is
    const rows = reply.data.map((c) => el('tr', {'data-case': String(c.case)},
      el('td', {class: 'case-number', text: String(c.case)}), el('td', {class: 'case-name', text: c.name}),
      el('td', {class: 'case-state', text: c.state}),
      el('td', {class: 'case-exit', 'data-label': 'exit code', text: c.exit_code === null ? '' : String(c.exit_code)}),
      el('td', {class: 'case-cpu', 'data-label': 'CPU s', text: String(c.cputime)}),
      el('td', {class: 'case-message', text: c.message || ''})));
    if (fromStart) $('#cases-table tbody').replaceChildren(...rows);
    else $('#cases-table tbody').append(...rows);
    if (reply.data.length) state.casesAfter = reply.data[reply.data.length - 1].case;
    show('cases-more', reply.data.length === limit);
  }

  async function loadTree() {
    const id = state.jobId;
    const reply = await call('GET', `${API}/job/dir/${id}`);
    if (!reply) return;  // the session ended: the log-on form is back
    if (state.jobId !== id) return;
    if (!reply.ok) {
      $('#result-tree').replaceChildren(el('p', {text: reply.status}));
      return;
    }
    const root = reply.data;
    const total = root.a_attr && root.a_attr.title ? root.a_attr.title.replace(/^\/ total size /, '') : '';
    $('#result-tree').replaceChildren(
      el('p', {class: 'tree-total', text: root.children.length ? `Total size ${total}` : 'No files yet'}),
      treeList(id, root.children));
  }

  function treeList(id, nodes) {
    return el('ul', {}, ...nodes.map((n) => {
      const path = n.data.fullPath.split('/').map(encodeURIComponent).join('/');
      if (n.data.folder) {
        return el('li', {class: 'folder'}, el('details', {},
          el('summary', {text: n.text}), treeList(id, n.children || [])));
      }
      const name = n.data.fullPath.split('/').pop();
      const item = el('li', {}, el('a', {class: 'result-file', href: `${API}/job/file/${id}${path}`, download: name,
        text: n.text}));
      if (/\.html?$/i.test(name)) {
        item.append(' ', el('a', {class: 'result-open', href: `${API}/job/text/${id}${path}`, target: '_blank',
          rel: 'noopener', text: 'open', 'aria-label': `Open ${name} in a new tab`}));
      }
      return item;
    }));
  }

  function zipLink() {
    const ext = $('#zip-ext').value.split(',').map((x) => x.trim().replace(/^\./, '')).filter(Boolean).join(',');
    $('#zip-download').href = `${API}/job/file/${state.jobId}` + (ext ? '?ext=' + encodeURIComponent(ext) : '');
  }

  async function cancelJob() {
    $('#cancel-dialog').close();
    const id = state.jobId;
    const reply = await call('POST', `${API}/job/${id}`, {cmd: 'Cancel'});
    if (!reply) return;  // the session ended: the log-on form is back
    if (state.jobId !== id) return;
    if (!reply.ok) {
      say('job-message', reply.status);
      return;
    }
    say('job-message', reply.status);
    showStatus(reply.data);
  }

  // ---- submit ---------------------------------------------------------------------------------------------------

  function choose(files) {
    state.files = Array.from(files);
    $('#submit-chosen').replaceChildren(...state.files.map((f) => el('li', {text: `${f.name} (${bytes(f.size)})`})));
    const names = state.files.map((f) => f.name.toLowerCase());
    if (names.some((n) => n.endsWith('.jep') || n.endsWith('.json'))) $('#submit-type').value = 'JEP';
    typeChanged();
  }

  function typeChanged() {
    show('submit-jeplus', $('#submit-type').value === 'JEP');
  }

  function submit(event) {
    event.preventDefault();
    say('submit-message', '');
    if (!state.files.length) {
      say('submit-message', 'Choose or drop the files of the job first.');
      return;
    }
    const form = new FormData();
    for (const f of state.files) form.append('file', f, f.name);
    form.append('type', $('#submit-type').value);
    form.append('title', $('#submit-title').value);
    form.append('desc', $('#submit-desc').value);
    if ($('#submit-type').value === 'JEP') {
      form.append('subset', $('#submit-subset').value);
      if ($('#submit-cases').value.trim()) form.append('cases', $('#submit-cases').value.trim());
    }
    const progress = $('#submit-progress');
    progress.value = 0;
    progress.hidden = false;
    $('#submit-send').disabled = true;
    // XMLHttpRequest, not fetch: only it reports an upload's progress
    const xhr = new XMLHttpRequest();
    xhr.open('POST', API + '/job');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total);
    };
    xhr.onloadend = () => {
      $('#submit-send').disabled = false;
      progress.hidden = true;
      if (xhr.status === 401) {
        sessionEnded();  // the form keeps its files: submit again after log-on
        return;
      }
      let reply = null;
      try {
        reply = JSON.parse(xhr.responseText);
      } catch (e) {
        say('submit-message', xhr.status ? `The server answered ${xhr.status} without a JSON reply`
          : 'The server cannot be reached');
        return;
      }
      if (!reply.ok) {
        say('submit-message', reply.status);
        return;
      }
      $('#submit-form').reset();
      choose([]);
      location.hash = `#/job/${reply.data}`;
    };
    xhr.send(form);
  }

  // ---- accounts -------------------------------------------------------------------------------------------------

  async function loadAccounts() {
    const reply = await call('GET', USERS + '/users');
    if (!reply) return;  // the session ended: the log-on form is back
    if (!reply.ok) {
      say('account-message', reply.status);
      return;
    }
    $('#accounts-table tbody').replaceChildren(...reply.data.map((a) => el('tr', {'data-email': a.email},
      el('td', {text: a.email}), el('td', {text: a.user || ''}), el('td', {text: a.role}),
      el('td', {class: 'account-state', text: a.enabled ? 'enabled' : 'disabled'}),
      el('td', {}, a.enabled ? el('button', {type: 'button', class: 'disable-account danger', 'data-email': a.email,
        'aria-label': `Disable ${a.email}`, text: 'Disable'}) : null))));
  }

  async function createAccount(event) {
    event.preventDefault();
    const body = {email: $('#account-email').value.trim(), password: $('#account-password').value,
      role: $('#account-role').value};
    if ($('#account-name').value.trim()) body.user = $('#account-name').value.trim();
    const reply = await call('POST', USERS + '/users', body);
    if (!reply) return;  // the session ended: the log-on form is back
    say('account-message', reply.status);
    if (reply.ok) {
      $('#account-form').reset();
      loadAccounts();
    }
  }

  async function disableAccount(email) {
    if (!window.confirm(`Disable ${email}? Its sessions end and its unfinished jobs are cancelled.`)) return;
    const reply = await call('DELETE', USERS + '/users/' + encodeURIComponent(email));
    if (!reply) return;  // the session ended: the log-on form is back
    say('account-message', reply.status);
    loadAccounts();
  }

  // ---- wiring ---------------------------------------------------------------------------------------------------

  function wire() {
    $('#logon').addEventListener('submit', logon);
    $('#logoff').addEventListener('click', logoff);
    window.addEventListener('hashchange', route);

    $('#job-filter').addEventListener('submit', applyFilter);
    $('#page-older').addEventListener('click', older);
    $('#page-newer').addEventListener('click', newer);
    $('#cancel-selected').addEventListener('click', cancelSelected);
    $('#cancel-filter').addEventListener('click', cancelFiltered);
    $('#bulk-confirm').addEventListener('click', confirmBulk);
    $('#bulk-close').addEventListener('click', () => $('#bulk-dialog').close());

    $('#job-cancel').addEventListener('click', () => $('#cancel-dialog').showModal());
    $('#cancel-confirm').addEventListener('click', cancelJob);
    $('#cancel-close').addEventListener('click', () => $('#cancel-dialog').close());
    $('#cases-more').addEventListener('click', () => loadCases(false));
    $('#zip-ext').addEventListener('input', zipLink);

    const drop = $('#drop-zone');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      choose(e.dataTransfer.files);
    });
    $('#submit-files').addEventListener('change', (e) => choose(e.target.files));
    $('#submit-type').addEventListener('change', typeChanged);
    $('#submit-form').addEventListener('submit', submit);

    $('#account-form').addEventListener('submit', createAccount);
    $('#accounts-table').addEventListener('click', (e) => {
      const b = e.target.closest('.disable-account');
      if (b) disableAccount(b.dataset.email);
    });
  }

  document.addEventListener('DOMContentLoaded', boot);
})();
