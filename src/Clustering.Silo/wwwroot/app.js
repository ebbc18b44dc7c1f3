// The live board: a story list fed by the "*" summary feed and a story view fed by its own
// subscription, both over the SignalR hub at /hubs/stories, with REST as the fallback.
// Every piece of server text goes into the DOM through textContent / text nodes / safe attributes.

const $ = (id) => document.getElementById(id);
const key = new URLSearchParams(location.search).get('key');
const STATUSES = new Set(['agreed', 'compatible', 'conflict', 'updated', 'single']);

const summaries = new Map(); // story id -> StorySummary
const items = new Map();     // story id -> <li>
let open = null;             // { id, view: StoryView|null, catching: bool, again: bool }
let conn = null;

// ---------- small helpers ----------

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = String(v); else e.setAttribute(k, String(v));
  }
  for (const kid of kids) if (kid != null && kid !== false) e.append(kid); // strings become text nodes
  return e;
}

function safeUrl(u) {
  if (typeof u !== 'string') return null;
  try { const x = new URL(u); return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null; } catch { return null; }
}

const when = (ts) => { const t = Date.parse(ts); return Number.isFinite(t) && t > 0 ? t : null; };
const num = (n) => (typeof n === 'number' ? n.toLocaleString(undefined, { maximumFractionDigits: 2 }) : '—');
const plural = (n, one, many) => `${num(n)} ${n === 1 ? one : many}`;

function ago(ts) {
  const t = when(ts); if (t == null) return '—';
  const s = Math.max(0, Math.round((Date.now() - t) / 1000));
  if (s < 45) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} d ago`;
}

function absolute(ts) {
  const t = when(ts); if (t == null) return '';
  const d = new Date(t);
  const dateOnly = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  return dateOnly ? d.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function timeEl(ts, relative) {
  const t = when(ts); if (t == null) return el('span', { class: 'muted', text: '—' });
  return el('time', { datetime: new Date(t).toISOString(), title: new Date(t).toLocaleString(), 'data-relative': relative ? '1' : null,
    text: relative ? ago(ts) : absolute(ts) });
}

function flash(node) { node.classList.remove('flash'); void node.offsetWidth; node.classList.add('flash'); }

function show(id, on) { $(id).hidden = !on; }

async function rest(path) {
  const r = await fetch(path, { headers: key ? { 'X-Api-Key': key, Accept: 'application/json' } : { Accept: 'application/json' } });
  if (r.status === 404) return null;
  if (!r.ok && r.status !== 301) throw new Error(`${path}: HTTP ${r.status}`); // 301: a merged story, body names mergedInto
  return r.json();
}

// ---------- the story list ----------

function renderItem(s) {
  let li = items.get(s.id);
  if (!li) {
    li = el('li', { 'data-story-id': s.id });
    li.addEventListener('click', (e) => { if (!e.target.closest('a')) location.hash = route(s.id); });
    items.set(s.id, li);
  }
  const conflicts = s.conflictCount > 0
    ? el('span', { class: 'badge conflict', title: 'facts the sources disagree on', text: plural(s.conflictCount, 'conflict', 'conflicts') }) : null;
  const first = s.firstReported;
  li.replaceChildren(
    el('a', { class: 'title', href: route(s.id), text: s.title || '(untitled)' }),
    first ? el('span', { class: 'first', title: 'the earliest independent report' + (first.dated ? '' : ' (by arrival: no article gives a date)') },
      'first: ', el('span', { class: 'first-source', text: first.source || 'unknown source' }), ' · ', timeEl(first.at, false)) : null,
    el('span', { class: 'stats' },
      el('span', { class: 'count', title: 'articles', text: num(s.articleCount) }), s.articleCount === 1 ? ' article · ' : ' articles · ',
      el('span', { class: 'sources', title: 'independent sources (copies of a wire story count once)', text: num(s.independentSourceCount) }), ' independent',
      conflicts ? ' ' : null, conflicts),
    timeEl(s.updated, true));
  li.classList.toggle('selected', open?.id === s.id);
  return li;
}

function sortList() {
  const list = $('stories');
  const ordered = [...summaries.values()].sort((a, b) => (when(b.updated) ?? 0) - (when(a.updated) ?? 0) || (a.id < b.id ? -1 : 1));
  ordered.forEach((s, i) => { const li = items.get(s.id); if (list.children[i] !== li) list.insertBefore(li, list.children[i] || null); });
  for (const [id, li] of items) if (!summaries.has(id)) { li.remove(); items.delete(id); }
  $('story-total').textContent = summaries.size ? plural(summaries.size, 'story', 'stories') : '';
  show('stories-empty', summaries.size === 0);
  applyFilter();
}

function upsertSummary(s, highlight) {
  const held = summaries.get(s.id);
  if (held && held.version > s.version) return;
  const changed = !held || held.version !== s.version || held.articleCount !== s.articleCount;
  summaries.set(s.id, { ...held, ...s });
  const li = renderItem(summaries.get(s.id));
  if (highlight && changed) flash(li);
}

function replaceList(list, highlight) {
  const ids = new Set((list || []).map((s) => s.id));
  for (const id of [...summaries.keys()]) if (!ids.has(id)) summaries.delete(id);
  for (const s of list || []) upsertSummary(s, highlight);
  sortList();
}

function applyToSummary(u) {
  const held = summaries.get(u.storyId);
  if (held && u.version <= held.version) return;
  const c = u.changes || {};
  if (!held && !c.title) resyncListSoon(); // a story we never heard of: fetch the list again
  upsertSummary({ ...(held || { id: u.storyId, title: '', created: c.updated }), version: u.version,
    title: c.title || held?.title || '', articleCount: c.articleCount, independentSourceCount: c.independentSourceCount,
    conflictCount: c.conflictCount, updated: c.updated, firstReported: c.firstReported ?? held?.firstReported }, true);
  sortList();
}

let resyncTimer = 0;
function resyncListSoon() { clearTimeout(resyncTimer); resyncTimer = setTimeout(subscribeAll, 1000); }

function applyFilter() {
  const q = $('filter').value.trim().toLowerCase();
  for (const [id, li] of items) li.hidden = q !== '' && !(summaries.get(id)?.title || '').toLowerCase().includes(q);
}

// ---------- the story view ----------

const route = (id) => `#/story/${encodeURIComponent(id)}`;

function articleLabel(view, id) {
  const a = view.articles.find((x) => x.id === id);
  return a ? (a.source || a.title || a.id) : id;
}

function renderStory(fresh) {
  const v = open.view;
  const before = { articles: new Set([...$('story-articles').children].map((li) => li.dataset.articleId)),
    facts: new Map([...$('story-facts').tBodies[0].rows].map((tr) => [tr.dataset.slot, tr.dataset.sig])) };
  $('story-title').textContent = v.title || '(untitled)';
  $('story-meta').replaceChildren(
    el('span', { text: plural(v.articles.length, 'article', 'articles') }), ' · ',
    el('span', { text: plural(v.independentSourceCount, 'independent source', 'independent sources') }), ' · ',
    v.conflictCount > 0 ? el('span', { class: 'badge conflict', text: plural(v.conflictCount, 'conflict', 'conflicts') }) : 'no conflicts', ' · ',
    'updated ', timeEl(v.updated, true), ' · v', String(v.version));
  const first = v.firstReported;
  $('story-first').replaceChildren(...(first ? ['First reported by ', el('strong', { class: 'first-source', text: first.source || 'unknown source' }),
    ' · ', timeEl(first.at, false), first.dated ? '' : el('span', { class: 'muted', text: ' (arrival: no article gives a date)' })] : []));
  show('story-first', !!first);
  show('story-notice', false);

  const facts = (v.facts || []).map((f) => {
    const status = STATUSES.has(f.status) ? f.status : 'other';
    const values = el('ul', { class: 'values' }, ...(f.values || []).map((x) => el('li', null,
      el('span', { class: 'value-text', text: x.text || num(x.value) }),
      x.qualifier && x.qualifier !== 'exact' ? el('span', { class: 'chip', text: x.qualifier }) : null,
      x.attribution ? el('span', { class: 'attr', text: `per ${x.attribution}` }) : null,
      el('span', { class: 'muted', title: 'reporting articles / of which independent',
        text: ` ${num((x.sources || []).length)} src, ${num(x.independentSources)} indep.` }))));
    const tr = el('tr', { 'data-slot': f.slot, 'data-sig': JSON.stringify(f) },
      el('th', { scope: 'row', text: f.slot }),
      el('td', { class: 'consensus' }, el('strong', { text: num(f.consensus) }),
        f.explanation ? el('div', { class: 'explain', text: f.explanation }) : null),
      el('td', null, values),
      el('td', null, el('span', { class: `badge status-${status}`, text: f.status || '?' })));
    if (!fresh && before.facts.get(f.slot) !== tr.dataset.sig) flash(tr);
    return tr;
  });
  $('story-facts').tBodies[0].replaceChildren(...facts);
  show('story-facts', facts.length > 0); show('story-facts-none', facts.length === 0);

  // Who had it first, then how it spread: originals by their own time, each followed by the copies of it.
  const byTime = (a, b) => (when(a.published) ?? Infinity) - (when(b.published) ?? Infinity);
  const ids = new Set(v.articles.map((a) => a.id));
  const copiesOf = new Map();
  for (const a of v.articles) if (a.independent === false && ids.has(a.copyOf)) copiesOf.set(a.copyOf, [...(copiesOf.get(a.copyOf) || []), a]);
  const ordered = v.articles.filter((a) => !(a.independent === false && ids.has(a.copyOf))).sort(byTime)
    .flatMap((a) => [a, ...(copiesOf.get(a.id) || []).sort(byTime)]);
  const articles = ordered.map((a) => {
    const href = safeUrl(a.url);
    const title = a.title || a.id;
    const isCopy = a.independent === false;
    const li = el('li', { 'data-article-id': a.id, class: isCopy ? 'copy-row' : null },
      el('span', { class: 'source', title: a.sourceBasis && a.sourceBasis !== 'source' ? `named by its ${a.sourceBasis}` : null, text: a.source || 'unknown source' }),
      href ? el('a', { class: 'article-title', href, target: '_blank', rel: 'noopener noreferrer', text: title })
        : el('span', { class: 'article-title', text: title }),
      a.published ? timeEl(a.published, false) : null,
      v.firstReported?.articleId === a.id ? el('span', { class: 'badge first', title: 'the earliest independent report', text: 'first' }) : null,
      isCopy ? el('span', { class: 'badge copy', title: a.copyOf ? `copy of article ${a.copyOf}` : 'not an independent source',
        text: `copy of ${a.copyOf ? articleLabel(v, a.copyOf) : 'another article'}` }) : null);
    if (!fresh && !before.articles.has(a.id)) flash(li);
    return li;
  });
  $('story-articles').replaceChildren(...articles);
  $('story-article-count').textContent = articles.length ? `(${articles.length})` : '';
  show('story-articles-none', articles.length === 0);

  const quotes = (v.quotes || []).map((q) => el('li', null,
    el('div', { class: 'speaker' }, el('strong', { text: q.speaker || 'unattributed' }),
      el('span', { class: 'muted', text: ` · ${plural((q.sources || []).length, 'source', 'sources')}` })),
    ...(q.variants || []).map((t) => el('blockquote', { text: t }))));
  $('story-quotes').replaceChildren(...quotes); show('story-quotes-none', quotes.length === 0);

  const timeline = [...(v.timeline || [])].sort((a, b) => (when(a.at) ?? 0) - (when(b.at) ?? 0)).map((t) => el('li', null,
    timeEl(t.at, false), ' ', el('span', { text: t.event }),
    el('span', { class: 'muted', text: ` · ${plural((t.sources || []).length, 'source', 'sources')}` })));
  $('story-timeline').replaceChildren(...timeline); show('story-timeline-none', timeline.length === 0);

  const entities = (v.entities || []).map((e) => {
    const others = (e.variants || []).filter((x) => x !== e.name);
    return el('li', { class: `entity kind-${/^[a-z]+$/.test(e.kind || '') ? e.kind : 'other'}`, title: others.length ? `also: ${others.join(', ')}` : null },
      el('span', { text: e.name }), el('span', { class: 'muted', text: ` ${e.kind || ''}` }));
  });
  $('story-entities').replaceChildren(...entities); show('story-entities-none', entities.length === 0);
}

function notice(text) { $('story-notice').textContent = text; show('story-notice', true); }

function setView(view) {
  if (!open || !view) return;
  if (view.mergedInto) { location.replace(route(view.mergedInto)); return; }
  if (view.id && view.id !== open.id) { location.replace(route(view.id)); return; } // followed a merge redirect
  if (open.view && view.version < open.view.version) return;
  const fresh = !open.view;
  open.view = { ...view, articles: view.articles || [], facts: view.facts || [] };
  renderStory(fresh);
}

// Applies one delta; false means a gap (the caller catches up).
function applyDelta(u) {
  if (!open || u.storyId !== open.id || !open.view) return true;
  const v = open.view;
  if (u.version <= v.version) return true;
  if (u.previousVersion !== v.version) return false;
  const c = u.changes || {};
  if (c.title) v.title = c.title;
  if (c.firstReported) v.firstReported = c.firstReported;
  v.independentSourceCount = c.independentSourceCount; v.conflictCount = c.conflictCount; v.updated = c.updated;
  const articles = [...(c.articlesAdded || []), ...(c.articlesRevised || [])]; // a write-thru replaces its article in place
  for (const a of articles) { const i = v.articles.findIndex((x) => x.id === a.id); if (i >= 0) v.articles[i] = a; else v.articles.push(a); }
  for (const f of c.facts || []) { const i = v.facts.findIndex((x) => x.slot === f.slot); if (i >= 0) v.facts[i] = f; else v.facts.push(f); }
  v.facts = v.facts.filter((f) => !(c.factsRemoved || []).includes(f.slot));
  v.version = u.version;
  if (articles.length) refreshViewSoon(); // quotes, timeline and entities are not in deltas
  return true;
}

function onStoryDelta(u) {
  if (!open || u.storyId !== open.id || !open.view) return;
  if (open.catching) { if (u.version > open.view.version) open.again = true; return; }
  if (applyDelta(u)) renderStory(false); else catchUp();
}

async function catchUp() {
  if (!open || !open.view || open.catching) return;
  const o = open;
  o.catching = true;
  try {
    do {
      o.again = false;
      const res = await conn.invoke('Subscribe', o.id, o.view.version);
      if (open !== o) return;
      if (res?.snapshot) setView(res.snapshot);
      let gap = false;
      for (const d of res?.deltas || []) if (!applyDelta(d)) { gap = true; break; }
      if (gap) setView(await rest(`/api/stories/${encodeURIComponent(o.id)}`));
      else renderStory(false);
    } while (o.again && open === o);
  } catch (e) {
    if (open === o) notice(`Live updates for this story are unavailable (${e.message || e}).`);
  } finally { o.catching = false; }
}

let refreshTimer = 0;
function refreshViewSoon() {
  clearTimeout(refreshTimer);
  const o = open;
  refreshTimer = setTimeout(async () => {
    try { const v = await rest(`/api/stories/${encodeURIComponent(o.id)}`); if (open === o && v && v.version >= o.view.version) setView(v); } catch { /* next delta tries again */ }
  }, 1500);
}

async function openStory(id) {
  if (open?.id === id) return;
  closeStory();
  open = { id, view: null, catching: false, again: false };
  document.body.classList.add('story-open');
  $('story-title').textContent = summaries.get(id)?.title || 'Loading…';
  for (const list of ['story-facts', 'story-articles', 'story-quotes', 'story-timeline', 'story-entities']) {
    const target = list === 'story-facts' ? $(list).tBodies[0] : $(list); target.replaceChildren();
  }
  $('story-meta').replaceChildren();
  show('story', true);
  items.get(id)?.classList.add('selected');
  const o = open;
  try {
    const view = await rest(`/api/stories/${encodeURIComponent(id)}`);
    if (open !== o) return;
    if (!view) { $('story-title').textContent = 'Story not found'; notice('This story does not exist (or no longer does).'); return; }
    setView(view);
  } catch (e) { if (open === o) notice(`Could not load the story (${e.message || e}); retrying when the connection is back.`); }
  if (open === o && o.view && isConnected()) await catchUp();
}

function closeStory() {
  if (!open) return;
  const id = open.id;
  open = null;
  items.get(id)?.classList.remove('selected');
  if (isConnected()) conn.invoke('Unsubscribe', id).catch(() => {});
  show('story', false);
  document.body.classList.remove('story-open');
}

function onRoute() {
  const m = /^#\/story\/(.+)$/.exec(location.hash);
  if (m) openStory(decodeURIComponent(m[1])); else closeStory();
}

// ---------- the connection ----------

const isConnected = () => conn?.state === signalR.HubConnectionState.Connected;

function setConn(state, why) {
  const text = why || { connected: 'live', reconnecting: 'offline — reconnecting…', offline: 'offline — retrying every few seconds' }[state];
  for (const id of ['connection', 'live']) { $(id).dataset.state = state; $(id).textContent = id === 'live' ? (state === 'connected' ? '● live' : '○ offline') : text; }
  $('connection').hidden = state === 'connected';
}

async function subscribeAll() {
  if (!isConnected()) return;
  // The feed in batches: one message per short window, however busy the news day.
  const res = await conn.invoke('SubscribeFeedBatches');
  replaceList(res?.stories || [], false);
}

async function resubscribe() {
  try { await subscribeAll(); } catch (e) { console.warn('Subscribe("*") failed', e); await loadListRest(); }
  if (open && !open.view) { const id = open.id; open = null; await openStory(id); } else if (open) await catchUp();
}

async function loadListRest() {
  try { replaceList(await rest('/api/stories?limit=200') || [], false); } catch (e) { console.warn('GET /api/stories failed', e); }
}

let retryTimer = 0;
async function start() {
  clearTimeout(retryTimer);
  try {
    await conn.start();
    await resubscribe();
    setConn('connected');
  } catch (e) {
    console.warn('hub start failed', e);
    setConn('offline', /\b401\b/.test(String(e?.message)) ? 'offline — the server wants a read key: open this page with ?key=…' : null);
    await loadListRest();
    retryTimer = setTimeout(start, 4000);
  }
}

function connect() {
  conn = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/stories' + (key ? '?access_token=' + encodeURIComponent(key) : ''))
    .withAutomaticReconnect()
    .build();
  const merged = (m) => {
    summaries.delete(m.from);
    if (open?.id === m.from) location.replace(route(m.into));
  };
  conn.on('storyCreated', (s) => { upsertSummary(s, true); sortList(); });
  conn.on('storyUpdated', (u) => { applyToSummary(u); onStoryDelta(u); });
  conn.on('storyMerged', (m) => { merged(m); sortList(); });
  conn.on('storyFeed', (batch) => {
    for (const item of batch?.items || []) {
      if (item.created) upsertSummary(item.created, true);
      else if (item.updated) { applyToSummary(item.updated); onStoryDelta(item.updated); }
      else if (item.merged) merged(item.merged);
    }
    sortList();
  });
  conn.onreconnecting(() => setConn('reconnecting'));
  conn.onreconnected(async () => { await resubscribe(); setConn('connected'); });
  conn.onclose(() => { setConn('offline'); retryTimer = setTimeout(start, 4000); });
  start();
}

// ---------- wiring ----------

$('filter').addEventListener('input', applyFilter);
window.addEventListener('hashchange', onRoute);
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && open) location.hash = '#/'; });
setInterval(() => {
  for (const t of document.querySelectorAll('time[data-relative]')) t.textContent = ago(t.getAttribute('datetime'));
  if (!isConnected()) loadListRest();
}, 15000);
onRoute();
if (window.signalR) connect();
else { setConn('offline'); loadListRest(); console.error('SignalR client missing (lib/signalr/signalr.min.js)'); }
