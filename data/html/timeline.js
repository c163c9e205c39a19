/* evgraph interactive timeline: the browser side of `evgraph render html`.
 *
 * Reads the JSON blob of the element #evgraph-data (its shape: tests/browser/assemble_html.py),
 * draws a zoomable canvas timeline with lanes, a virtualised list view, filters and a details panel.
 *
 * Rules kept throughout:
 *  - every word shown comes from ui.words through w(); a missing key shows the key itself;
 *  - data strings reach the page only through textContent, attribute values or canvas fillText,
 *    never innerHTML; an href is set only after safeHref() accepted it (http, https or relative);
 *  - no network, no eval, no external library (the page runs under a CSP that forbids them).
 * Times are in days since 1970-01-01 UTC (fractional when zoomed in); an event covers [lo, hi).
 */
(() => {
  'use strict';

  // ------------------------------------------------------------------ small helpers

  const $ = (id) => document.getElementById(id);
  const DAY_MS = 86400000;

  /** Creates an element. props: class, text, on<event>, style (custom properties), attributes. */
  function el(tag, props, ...children) {
    const n = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v == null || v === false) continue;
        if (k === 'class') n.className = v;
        else if (k === 'text') n.textContent = v;
        else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
        else if (k === 'style') for (const [p, val] of Object.entries(v)) n.style.setProperty(p, val);
        else n.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) if (c != null && c !== false) n.append(c); // strings become text nodes
    return n;
  }

  /** Lower case without accents, for search and facet look-ups ("Kyïv" finds "kyiv"). */
  const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

  function lowerBound(arr, x, key) {
    let a = 0, b = arr.length;
    while (a < b) { const m = (a + b) >> 1; if (key(arr[m]) < x) a = m + 1; else b = m; }
    return a;
  }

  /** Accepts http(s) URLs and relative references only: the writer already filtered the links,
   *  this is the second line of defence. Control characters are refused because the URL parser
   *  drops tabs and newlines ("java\nscript:" is javascript:). */
  function safeHref(u) {
    if (typeof u !== 'string' || u === '' || /[\u0000-\u001f\u007f\\]/.test(u)) return null;
    const t = u.trim();
    if (t.startsWith('//')) return null;                       // another host, scheme implied
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(t);
    if (scheme) return /^https?$/i.test(scheme[1]) ? t : null;
    return t;                                                  // relative to the page
  }

  const COLOR_RE = /^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\)|[a-zA-Z]{3,20})$/;
  const safeColor = (c, fallback) => (typeof c === 'string' && COLOR_RE.test(c.trim()) ? c.trim() : fallback);

  // ------------------------------------------------------------------ data and words

  let BLOB;
  try {
    BLOB = JSON.parse($('evgraph-data').textContent);
  } catch (err) {
    // no words without data: this one message is in English
    document.body.textContent = 'evgraph: the data of this page could not be read (' + err.message + ').';
    document.body.dataset.ready = 'error';
    return;
  }
  const T_PARSED = performance.now();
  const UI = BLOB.ui || {};
  const WORDS = UI.words || {};
  const STYLE = BLOB.style || {};
  const LINKS = BLOB.links || {};
  const G = BLOB.graph || {};
  const LANG = typeof UI.lang === 'string' && UI.lang ? UI.lang : (document.documentElement.lang || 'en');

  const missingWords = new Set();
  /** The word for key, with {name} fields filled from params; the key itself when missing. */
  function w(key, params) {
    let s = WORDS[key];
    if (s == null || typeof s === 'object') { missingWords.add(key); s = key; } else s = String(s);
    if (params) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
    return s;
  }

  let NF;
  try { NF = new Intl.NumberFormat(LANG); } catch (e) { NF = new Intl.NumberFormat('en'); }
  const num = (n) => NF.format(n);
  let COLL;
  try { COLL = new Intl.Collator(LANG); } catch (e) { COLL = new Intl.Collator('en'); }
  const cmpText = (a, b) => COLL.compare(a, b);

  const MODALITIES = ['happened', 'planned', 'possible', 'reported', 'denied'];
  // How each modality is drawn: the marks vocabulary evgraph's SVG timeline and graph share
  // (happened solid; planned hollow; possible hollow, dashed; reported solid, dotted outline, italic
  // label; denied hollow, label struck through), overridable through style.modality. An event of
  // confidence under low_confidence.below is drawn lighter.
  const MOD_LOOK = (() => {
    const defaults = {
      happened: { fill: 'solid', outline: 'solid', label: 'normal' },
      planned: { fill: 'hollow', outline: 'solid', label: 'normal' },
      possible: { fill: 'hollow', outline: 'dashed', label: 'normal' },
      reported: { fill: 'solid', outline: 'dotted', label: 'italic' },
      denied: { fill: 'hollow', outline: 'solid', label: 'struck' },
    };
    const given = STYLE.modality && typeof STYLE.modality === 'object' ? STYLE.modality : {};
    const pick = (v, allowed, fb) => (allowed.includes(v) ? v : fb);
    const out = {};
    for (const m of MODALITIES) {
      const g = given[m] && typeof given[m] === 'object' ? given[m] : {};
      out[m] = {
        fill: pick(g.fill, ['solid', 'hollow'], defaults[m].fill),
        outline: pick(g.outline, ['solid', 'dashed', 'dotted'], defaults[m].outline),
        // The style file says "plain" for what the page calls "normal".
        label: pick(g.label === 'plain' ? 'normal' : g.label, ['normal', 'italic', 'struck'], defaults[m].label),
      };
    }
    return out;
  })();
  const lookOf = (m) => MOD_LOOK[m] || MOD_LOOK.happened;
  const LOW_CONF = (() => {
    const g = STYLE.modality && STYLE.modality.low_confidence;
    const below = g && Number.isFinite(+g.below) ? +g.below : 0.6;
    const opacity = g && Number.isFinite(+g.opacity) ? Math.min(1, Math.max(0.15, +g.opacity)) : 0.5;
    return { below, opacity };
  })();
  const isLowConf = (ev) => ev.conf != null && ev.conf < LOW_CONF.below;
  // Labels of types and modalities come with the data (ui.type_labels, ui.modality_labels); an
  // unknown type falls back to a word type_<t>, then to its own name.
  const typeLabel = (t) => (UI.type_labels && typeof UI.type_labels[t] === 'string' ? UI.type_labels[t]
    : typeof WORDS['type_' + t] === 'string' ? WORDS['type_' + t] : t);
  const modLabel = (m) => (UI.modality_labels && typeof UI.modality_labels[m] === 'string' ? UI.modality_labels[m] : w('modality_' + m));

  // ------------------------------------------------------------------ dates

  function parseDay(s) {
    if (typeof s !== 'string') return NaN;
    const m = /^(-?\d{1,6})-(\d\d)-(\d\d)/.exec(s);
    if (!m) return NaN;
    const d = new Date(0);
    d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);      // setUTCFullYear keeps years 0-99 as written
    return Math.round(d.getTime() / DAY_MS);
  }
  function ymd(day) {
    const d = new Date(Math.floor(day) * DAY_MS);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  function dayOf(y, m, d) { const x = new Date(0); x.setUTCFullYear(y, m - 1, d); return Math.round(x.getTime() / DAY_MS); }
  const isoDay = (day) => { const [y, m, d] = ymd(day); return String(y).padStart(4, '0') + '-' + String(m).padStart(2, '0') + '-' + String(d).padStart(2, '0'); };

  const monthName = (m) => w('month_' + m);
  const dayNum = (d) => (d === 1 ? w('first_day') : String(d));
  function fmtDay(day) { const [y, m, d] = ymd(day); return w('date_day', { day: dayNum(d), month: monthName(m), year: y }); }
  function fmtDayRange(a, b) {
    if (a === b) return fmtDay(a);
    const [y1, m1, d1] = ymd(a), [y2, m2, d2] = ymd(b);
    if (y1 === y2 && m1 === m2) return w('date_day_range_month', { day1: dayNum(d1), day2: d2, month: monthName(m1), year: y1 });
    return w('date_range', { first: fmtDay(a), last: fmtDay(b) });
  }

  /** The event's date in words, from its TIMEX value and granularity ("fin juin 2025"). */
  function fmtEventDate(ev) {
    const d = ev.raw.date || {};
    const v = typeof d.value === 'string' ? d.value : '';
    let p = null, m;
    switch (d.granularity) {
      case 'day': if (ev.kind === 'point' || ev.kind === 'range') p = fmtDayRange(ev.lo, ev.hi - 1); break;
      case 'week': if (ev.kind !== 'undated') p = w('date_week', { date: fmtDay(ev.lo) }); break;
      case 'month':
        if ((m = /^(\d{4})-(\d\d)$/.exec(v))) p = w('date_month', { month: monthName(+m[2]), year: m[1] });
        else if (isFinite(ev.lo)) { const [y, mo] = ymd(ev.lo); p = w('date_month', { month: monthName(mo), year: y }); }
        break;
      case 'season':
        if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) p = w('date_season', { season: w('season_' + m[2]), year: m[1] });
        break;
      case 'quarter':
        if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) p = w('date_quarter', { n: m[2], year: m[1] });
        else if ((m = /^(\d{4})-H([12])$/.exec(v))) p = w('date_half', { n: m[2], year: m[1] });
        break;
      case 'year':
        if ((m = /^(\d{4})$/.exec(v))) p = w('date_year', { year: m[1] });
        else if ((m = /^(\d{3})X$/.exec(v))) p = w('date_decade', { decade: m[1] + '0' });
        break;
      default: break;
    }
    if (p && typeof d.mod === 'string' && /^(START|MID|END|APPROX|BEFORE|AFTER)$/.test(d.mod)) p = w('mod_' + d.mod, { period: p });
    if (p) return p;
    switch (ev.kind) {
      case 'point': case 'range': return fmtDayRange(ev.lo, ev.hi - 1);
      case 'before': return w('date_before', { date: fmtDay(ev.hi - 1) });
      case 'after': return w('date_after', { date: fmtDay(ev.lo) });
      case 'between': return w('date_between', { first: fmtDay(ev.lo), last: fmtDay(ev.hi - 1) });
      default: return w('date_unknown');
    }
  }

  // ------------------------------------------------------------------ the model

  const byId = (arr) => new Map((Array.isArray(arr) ? arr : []).filter((x) => x && x.id != null).map((x) => [String(x.id), x]));
  const DOCS = byId(G.corpus && G.corpus.documents);
  const ACTORS = byId(G.actors), PLACES = byId(G.places), PROPOSALS = byId(G.proposals);
  const nameIn = (map) => (id) => { const x = map.get(id); return x && x.name != null ? String(x.name) : String(id); };
  const actorName = nameIn(ACTORS), placeName = nameIn(PLACES), proposalName = nameIn(PROPOSALS);
  const docLabel = (id) => { const d = DOCS.get(id); return d && d.title ? String(d.title) : String(id); };
  const strArr = (a) => (Array.isArray(a) ? a.filter((x) => x != null).map(String) : []);

  /** One event ready for drawing: kind says which mark it gets, [lo, hi) the days it covers. */
  function prepEvent(raw, i) {
    const d = raw.date || {};
    let s = parseDay(d.start), e = parseDay(d.end);
    const ear = parseDay(d.earliest), lat = parseDay(d.latest);
    let kind, lo, hi, t;
    if (!isNaN(s) || !isNaN(e)) {
      if (isNaN(s)) s = e;
      if (isNaN(e)) e = s;
      if (e < s) [s, e] = [e, s];
      lo = s; hi = e + 1; t = lo;
      kind = hi - lo <= 1 ? 'point' : 'range';
    } else if (!isNaN(ear) && !isNaN(lat)) { kind = 'between'; lo = Math.min(ear, lat); hi = Math.max(ear, lat) + 1; t = lo; }
    else if (!isNaN(lat)) { kind = 'before'; lo = -Infinity; hi = lat + 1; t = hi; }
    else if (!isNaN(ear)) { kind = 'after'; lo = ear; hi = Infinity; t = lo; }
    else { kind = 'undated'; lo = NaN; hi = NaN; t = Infinity; }
    const sources = Array.isArray(raw.sources) ? raw.sources.filter((x) => x && typeof x === 'object') : [];
    const docs = [...new Set(sources.map((x) => String(x.doc)))];
    const sal = raw.salience && typeof raw.salience === 'object' ? raw.salience : null;
    return {
      i, raw, kind, lo, hi, t,
      id: String(raw.id != null ? raw.id : i),
      type: typeof raw.type === 'string' && raw.type ? raw.type : 'other',
      mod: typeof raw.modality === 'string' && raw.modality ? raw.modality : 'happened',
      conf: Number.isFinite(+raw.confidence) && raw.confidence !== null && raw.confidence !== '' ? +raw.confidence : null,
      cert: typeof d.certainty === 'string' ? d.certainty : (kind === 'undated' ? 'unknown' : 'explicit'),
      title: raw.title != null ? String(raw.title) : String(raw.id),
      actors: strArr(raw.actors), places: strArr(raw.places), proposals: strArr(raw.proposals),
      agents: strArr(raw.agents), targets: strArr(raw.targets),
      sources, docs,
      weight: sal && Number.isFinite(+sal.documents) ? +sal.documents : docs.length,
      hay: null,            // folded search text, built on the first search
      label: null,          // {text, width} cache for canvas labels
    };
  }

  const EVENTS = (Array.isArray(G.events) ? G.events : []).filter((e) => e && typeof e === 'object').map(prepEvent);
  const TOTAL = EVENTS.length;
  // Filtering walks the events in date order (undated last), so its results need no sorting.
  const BY_TIME = EVENTS.slice().sort((a, b) => a.t - b.t || a.i - b.i);
  const DATED = EVENTS.filter((e) => e.kind !== 'undated');

  function haystack(ev) {
    if (ev.hay == null) {
      const parts = [ev.title, ev.id, typeLabel(ev.type)];
      for (const s of ev.sources) parts.push(s.quote, docLabel(String(s.doc)));
      for (const [ids, map] of [[ev.actors, ACTORS], [ev.places, PLACES], [ev.proposals, PROPOSALS], [ev.agents, ACTORS], [ev.targets, ACTORS]]) {
        for (const id of ids) {
          const x = map.get(id) || PLACES.get(id);
          parts.push(x && x.name != null ? x.name : id);
          if (x && Array.isArray(x.aliases)) parts.push(...x.aliases);
        }
      }
      ev.hay = fold(parts.filter((p) => p != null).join('\n'));
    }
    return ev.hay;
  }

  // Type order: the order of ui.type_labels (the writer keeps the style's legend order), then A-Z.
  const TYPE_ORDER = (() => {
    const seen = new Set(EVENTS.map((e) => e.type));
    const order = Object.keys(UI.type_labels || {}).filter((t) => seen.has(t));
    for (const t of [...seen].sort()) if (!order.includes(t)) order.push(t);
    return order;
  })();

  // ------------------------------------------------------------------ theme

  const mql = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const FALLBACK_THEMES = {
    light: { background: '#ffffff', text: '#1b1f24', muted: '#5a6470', grid: '#e3e7ec', accent: '#1f6fb2' },
    dark: { background: '#15191e', text: '#e6e9ed', muted: '#9aa4ae', grid: '#2b323a', accent: '#6cb4f0' },
  };
  let storedTheme = null;
  try { storedTheme = localStorage.getItem('evgraph-theme'); } catch (e) { /* storage may be off for file:// */ }
  const state = {
    theme: storedTheme === 'light' || storedTheme === 'dark' ? storedTheme : null,  // null: follow the system
    printing: false,
    view: 'timeline',
    lanes: 'type',
    t0: 0, ppd: 1,          // day at the plot's left edge, pixels per day
    selected: null, kbEvent: null, hover: null,
    shown: [], shownDated: [], laneDefs: [],
    query: '', tokens: [], dateFrom: null, dateTo: null,
    listActive: 0,
  };
  function themeName() { return state.printing ? 'light' : (state.theme || (mql && mql.matches ? 'dark' : 'light')); }
  function theme() {
    const name = themeName();
    const given = (STYLE.themes && STYLE.themes[name]) || {};
    const fb = FALLBACK_THEMES[name] || FALLBACK_THEMES.light;
    const th = {};
    for (const k of ['background', 'text', 'muted', 'grid', 'accent']) th[k] = safeColor(given[k], fb[k]);
    th.axis = safeColor(given.axis, th.muted);
    th.band = safeColor(given.lane_band, null);
    th.types = given.type_colors || given.event_types || null;   // optional per-theme type colors
    return th;
  }
  function typeColor(t, th) {
    const c = (th && th.types && th.types[t]) || (STYLE.type_colors && STYLE.type_colors[t]);
    return safeColor(c, safeColor(STYLE.default_color, '#777777'));
  }

  // ------------------------------------------------------------------ filters (facets)

  const FACETS = [
    { key: 'type', word: 'filter_type', exclude: true, of: (ev) => [ev.type], label: typeLabel, swatch: 'type' },
    { key: 'modality', word: 'filter_modality', exclude: true, of: (ev) => [ev.mod], label: modLabel, swatch: 'modality' },
    { key: 'actor', word: 'filter_actor', of: (ev) => ev.actors, label: actorName },
    { key: 'place', word: 'filter_place', of: (ev) => ev.places, label: placeName },
    { key: 'doc', word: 'filter_document', of: (ev) => ev.docs, label: docLabel },
  ];
  // Type and modality lists start all ticked (untick to hide); actor, place and document lists start
  // empty (tick to keep only those). sel holds the unticked, resp. ticked values.
  for (const f of FACETS) {
    f.sel = new Set();
    f.query = '';
    f.totals = new Map();
    for (const ev of EVENTS) for (const v of f.of(ev)) f.totals.set(v, (f.totals.get(v) || 0) + 1);
    f.order = f.key === 'type' ? TYPE_ORDER
      : f.key === 'modality' ? [...MODALITIES.filter((m) => f.totals.has(m)), ...[...f.totals.keys()].filter((m) => !MODALITIES.includes(m)).sort()]
      : null;
    f.counts = new Map();
  }
  const facetPass = (f, vals) => (f.exclude ? vals.some((v) => !f.sel.has(v)) : f.sel.size === 0 || vals.some((v) => f.sel.has(v)));

  function passDate(ev) {
    if (state.dateFrom == null && state.dateTo == null) return true;
    if (ev.kind === 'undated') return false;                 // cannot be shown to fall in the range
    if (state.dateFrom != null && ev.hi <= state.dateFrom) return false;
    if (state.dateTo != null && ev.lo > state.dateTo) return false;
    return true;
  }
  function passSearch(ev) {
    if (!state.tokens.length) return true;
    const h = haystack(ev);
    return state.tokens.every((tok) => h.includes(tok));
  }

  /** Recomputes the shown events and, per facet, how many events each value would show given the
   *  other filters (an event failing only facet f still counts for f's values). */
  function applyFilters() {
    const tStart = performance.now();
    const counts = FACETS.map(() => new Map());
    const shown = [];
    for (const ev of BY_TIME) {
      if (!passDate(ev) || !passSearch(ev)) continue;
      let failed = -1, nfail = 0;
      for (let f = 0; f < FACETS.length && nfail < 2; f++) {
        if (!facetPass(FACETS[f], ev.fv[f])) { nfail++; failed = f; }
      }
      if (nfail === 0) {
        shown.push(ev);
        for (let f = 0; f < FACETS.length; f++) for (const v of ev.fv[f]) counts[f].set(v, (counts[f].get(v) || 0) + 1);
      } else if (nfail === 1) {
        for (const v of ev.fv[failed]) counts[failed].set(v, (counts[failed].get(v) || 0) + 1);
      }
    }
    FACETS.forEach((f, k) => { f.counts = counts[k]; });
    state.shown = shown;
    state.shownDated = shown.filter((e) => e.kind !== 'undated');
    state.listRows = shown;        // dated ones by date, then the undated
    if (state.kbEvent && !shown.includes(state.kbEvent)) state.kbEvent = null;
    buildLanes();
    buildHistogram();
    updateShownCount();
    renderFacets();
    renderUndated();
    renderList(true);
    requestRender();
    window.evgraphFilterMs = Math.round(performance.now() - tStart);   // measured by the browser test
  }
  for (const ev of EVENTS) ev.fv = FACETS.map((f) => f.of(ev));

  function updateShownCount() {
    const n = state.shown.length;
    const out = $('shown-count');
    out.textContent = w('shown_count', { shown: num(n), total: num(TOTAL) });
    out.dataset.shown = String(n);
    out.dataset.total = String(TOTAL);
    out.classList.toggle('filtered', n !== TOTAL);
  }

  // ------------------------------------------------------------------ facet lists

  const FACET_LIMIT = 40;     // rows shown per long list; the list's own search box finds the rest

  /** Classes of an HTML swatch of modality m, drawn by the CSS like paintBody draws a mark. */
  function mkClass(m) {
    const look = lookOf(m);
    return 'mk mk-' + look.fill + ' mk-line-' + look.outline;
  }

  function swatchFor(f, v, th) {
    if (f.swatch === 'type') return el('span', { class: 'sw', style: { '--c': typeColor(v, th) }, 'aria-hidden': 'true' });
    if (f.swatch === 'modality') return el('span', { class: mkClass(v), 'aria-hidden': 'true' });
    return null;
  }

  function buildFacetSections() {
    const host = $('facets');
    for (const f of FACETS) {
      if (f.totals.size === 0) continue;
      const head = el('div', { class: 'facet-head' }, el('h3', { id: 'facet-h-' + f.key, text: w(f.word) }));
      if (f.exclude) {
        head.append(el('span', { class: 'facet-actions' },
          el('button', { type: 'button', class: 'link', text: w('select_all'), onclick: () => { f.sel.clear(); applyFilters(); } }),
          el('button', { type: 'button', class: 'link', text: w('select_none'), onclick: () => { for (const v of f.totals.keys()) f.sel.add(v); applyFilters(); } })));
      } else {
        head.append(el('span', { class: 'facet-actions' },
          el('button', { type: 'button', class: 'link', text: w('clear'), onclick: () => { f.sel.clear(); applyFilters(); } })));
      }
      const sec = el('section', { class: 'facet', id: 'facet-' + f.key, 'aria-labelledby': 'facet-h-' + f.key }, head);
      if (!f.exclude && f.totals.size > 8) {
        const box = el('input', { type: 'search', class: 'facet-search', placeholder: w('facet_search_placeholder'), 'aria-label': w('facet_search_label', { facet: w(f.word) }) });
        box.addEventListener('input', () => { f.query = fold(box.value.trim()); renderFacet(f); });
        sec.append(box);
      }
      f.list = el('ul', { class: 'facet-list' });
      f.more = el('p', { class: 'facet-more muted small', hidden: true });
      sec.append(f.list, f.more);
      host.append(sec);
    }
  }

  function renderFacets() { for (const f of FACETS) if (f.list) renderFacet(f); }

  function renderFacet(f) {
    const th = theme();
    let values;
    if (f.order) values = f.order.slice();
    else {
      const q = f.query;
      values = [...f.totals.keys()].filter((v) => f.sel.has(v) || !q || fold(f.label(v)).includes(q) || fold(v).includes(q));
      const c = (v) => f.counts.get(v) || 0;
      // ties by name: folded names, cached, compare fast enough for thousands of documents
      if (!f.sortKey) f.sortKey = new Map();
      const key = (v) => { let k = f.sortKey.get(v); if (k == null) { k = fold(f.label(v)); f.sortKey.set(v, k); } return k; };
      values.sort((a, b) => (f.sel.has(b) - f.sel.has(a)) || c(b) - c(a) || f.totals.get(b) - f.totals.get(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    }
    const hidden = Math.max(0, values.length - FACET_LIMIT);
    if (hidden) values = values.slice(0, FACET_LIMIT);
    // keep keyboard focus on the same checkbox across the rebuild
    const focusedValue = f.list.contains(document.activeElement) ? document.activeElement.dataset.value : null;
    const rows = values.map((v) => {
      const checked = f.exclude ? !f.sel.has(v) : f.sel.has(v);
      const count = f.counts.get(v) || 0;
      const box = el('input', { type: 'checkbox', 'data-value': v });
      box.checked = checked;
      box.addEventListener('change', () => {
        if (f.exclude ? box.checked : !box.checked) f.sel.delete(v); else f.sel.add(v);
        applyFilters();
      });
      const name = f.label(v);
      return el('li', { class: count === 0 && (f.exclude || !checked) ? 'zero' : null },
        el('label', { title: name }, box, swatchFor(f, v, th), el('span', { class: 'name', text: name }), el('span', { class: 'count', text: num(count) })));
    });
    f.list.replaceChildren(...rows);
    f.more.hidden = !hidden;
    if (hidden) f.more.textContent = w('more_values', { n: num(hidden) });
    if (focusedValue != null) {
      const again = [...f.list.querySelectorAll('input')].find((x) => x.dataset.value === focusedValue);
      if (again) again.focus();
    }
  }

  function resetFilters() {
    for (const f of FACETS) f.sel.clear();
    state.query = ''; state.tokens = []; $('search').value = '';
    state.dateFrom = state.dateTo = null; $('date-from').value = ''; $('date-to').value = '';
    applyFilters();
  }

  // ------------------------------------------------------------------ lanes

  const MAX_ACTOR_LANES = 12;

  /** Lanes for the shown dated events: one per type, or one per actor (the ticked actors, else the
   *  most frequent ones, then "other actors" and "no actor"); an event with several actors is in each. */
  function buildLanes() {
    const th = theme();
    const lanes = [];
    if (state.lanes === 'type') {
      const by = new Map();
      for (const ev of state.shownDated) { if (!by.has(ev.type)) by.set(ev.type, []); by.get(ev.type).push(ev); }
      for (const t of TYPE_ORDER) if (by.has(t)) lanes.push({ key: 'type:' + t, label: typeLabel(t), type: t, color: typeColor(t, th), items: by.get(t) });
    } else {
      const cnt = new Map();
      for (const ev of state.shownDated) for (const a of ev.actors) cnt.set(a, (cnt.get(a) || 0) + 1);
      const actorFacet = FACETS[2];
      let chosen = actorFacet.sel.size ? [...actorFacet.sel].filter((a) => cnt.has(a)) : [...cnt.keys()];
      chosen.sort((a, b) => cnt.get(b) - cnt.get(a) || cmpText(actorName(a), actorName(b)));
      chosen = chosen.slice(0, MAX_ACTOR_LANES);
      const set = new Set(chosen);
      const by = new Map(chosen.map((a) => [a, []]));
      const other = [], none = [];
      for (const ev of state.shownDated) {
        let placed = false;
        for (const a of ev.actors) if (set.has(a)) { by.get(a).push(ev); placed = true; }
        if (!placed) (ev.actors.length ? other : none).push(ev);
      }
      for (const a of chosen) lanes.push({ key: 'actor:' + a, label: actorName(a), items: by.get(a) });
      if (other.length) lanes.push({ key: 'other', label: w('lane_other_actors'), items: other });
      if (none.length) lanes.push({ key: 'none', label: w('lane_no_actor'), items: none });
    }
    state.laneDefs = lanes;        // items stay in date order, as in shownDated
  }

  // ------------------------------------------------------------------ canvas set-up

  const axisCanvas = $('tl-axis'), canvas = $('tl-canvas'), scroller = $('tl-scroll'), ovCanvas = $('overview');
  const actx = axisCanvas.getContext('2d'), ctx = canvas.getContext('2d'), octx = ovCanvas.getContext('2d');
  const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';
  const FONT = '12px ' + FONT_FAMILY, FONT_SMALL = '11px ' + FONT_FAMILY, FONT_BOLD = '600 12px ' + FONT_FAMILY;
  const AXIS_H = 44, OV_H = 46, ROW_H = 22, ROW_C = 12, LANE_PADV = 5, MARK_R = 5, BAR_H = 12, MIN_BAR = 7, ARROW = 40,
    ITEM_GAP = 6, MARK_GAP = 2, LABEL_GAP = 5, LABEL_MAX = 260, MIN_LABEL = 44, MAX_ROWS = 16, KEEP_MARKS_ROWS = 4, DENSITY_ROWS = 3, DENSITY_MAX_ROWS = 5,
    RIGHT_PAD = 10;
  let laneW = 140;          // width of the lane-name column, measured once

  function sizeCanvas(c, cx, width, height) {
    const dpr = window.devicePixelRatio || 1;
    const bw = Math.max(1, Math.round(width * dpr)), bh = Math.max(1, Math.round(height * dpr));
    if (c.width !== bw || c.height !== bh) { c.width = bw; c.height = bh; }
    c.style.width = width + 'px';
    c.style.height = height + 'px';
    cx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  /** Label text cut with an ellipsis to at most maxW pixels; the full label is cached per event. */
  function fitText(text, maxW, font) {
    ctx.font = font;
    if (ctx.measureText(text).width <= maxW) return text;
    let a = 0, b = text.length;
    while (a < b) { const m = (a + b + 1) >> 1; if (ctx.measureText(text.slice(0, m) + '…').width <= maxW) a = m; else b = m - 1; }
    return a > 0 ? text.slice(0, a).trimEnd() + '…' : '';
  }
  /** The label font of an event at `font` size: italic for a modality drawn so (reported). */
  const labelFont = (ev, font) => (lookOf(ev.mod).label === 'italic' ? 'italic ' + font : font);
  function labelOf(ev) {
    if (!ev.label) {
      const font = labelFont(ev, FONT);
      const text = fitText(ev.title, LABEL_MAX, font);
      ctx.font = font;
      ev.label = { text, width: ctx.measureText(text).width };
    }
    return ev.label;
  }

  // ------------------------------------------------------------------ time scale and ticks

  const plotX0 = () => laneW;
  const plotX1 = () => scroller.clientWidth - RIGHT_PAD;
  const xOf = (t) => plotX0() + (t - state.t0) * state.ppd;
  const tOf = (x) => state.t0 + (x - plotX0()) / state.ppd;

  const UNITS = [
    { u: 'day', n: 1, days: 1, min: 24 }, { u: 'week', n: 1, days: 7, min: 30 },
    { u: 'month', n: 1, days: 30.44, min: 40 }, { u: 'month', n: 3, days: 91.3, min: 40 }, { u: 'month', n: 6, days: 182.6, min: 40 },
    { u: 'year', n: 1, days: 365.25, min: 38 }, { u: 'year', n: 2, days: 730.5, min: 38 }, { u: 'year', n: 5, days: 1826, min: 38 },
    { u: 'year', n: 10, days: 3652, min: 38 }, { u: 'year', n: 20, days: 7305, min: 38 }, { u: 'year', n: 50, days: 18262, min: 38 },
    { u: 'year', n: 100, days: 36525, min: 38 }, { u: 'year', n: 500, days: 182625, min: 38 }, { u: 'year', n: 1000, days: 365250, min: 38 },
  ];
  const pickUnit = (ppd, minPx) => UNITS.find((U) => U.days * ppd >= (minPx || U.min)) || UNITS[UNITS.length - 1];

  /** The boundary of unit U at or before day t. */
  function floorUnit(t, U) {
    const day = Math.floor(t);
    if (U.u === 'day') return day;
    if (U.u === 'week') return day - (((day + 3) % 7) + 7) % 7;          // weeks start on Monday (1970-01-01 was a Thursday)
    const [y, m] = ymd(day);
    if (U.u === 'month') { const k = y * 12 + (m - 1); const f = k - (((k % U.n) + U.n) % U.n); return dayOf(Math.floor(f / 12), (f % 12) + 1, 1); }
    return dayOf(y - (((y % U.n) + U.n) % U.n), 1, 1);
  }
  function nextUnit(b, U) {
    if (U.u === 'day') return b + U.n;
    if (U.u === 'week') return b + 7;
    const [y, m] = ymd(b);
    if (U.u === 'month') { const k = y * 12 + (m - 1) + U.n; return dayOf(Math.floor(k / 12), (k % 12) + 1, 1); }
    return dayOf(y + U.n, 1, 1);
  }
  function boundaries(tA, tB, U, limit) {
    const out = [];
    for (let b = floorUnit(tA, U); out.length < (limit || 5000); b = nextUnit(b, U)) { out.push(b); if (b > tB) break; }
    return out;
  }
  function majorUnitOf(U) {
    if (U.u === 'day' || U.u === 'week') return { u: 'month', n: 1 };
    if (U.u === 'month') return { u: 'year', n: 1 };
    return { u: 'year', n: U.n < 10 ? 10 : U.n < 100 ? 100 : 1000 };
  }
  function minorLabel(b, U, cellPx) {
    const [y, m, d] = ymd(b);
    if (U.u === 'day' || U.u === 'week') return String(d);
    if (U.u === 'month') return cellPx > 80 && U.n === 1 ? monthName(m) : w('month_short_' + m);
    return String(y);
  }
  function majorLabel(b, M) {
    const [y, m] = ymd(b);
    if (M.u === 'month') return w('date_month', { month: monthName(m), year: y });
    if (M.n === 1) return String(y);
    return w('date_decade', { decade: y });
  }
  /** A period in words, for density tooltips. */
  function fmtPeriod(a, b, U) {
    const [y, m] = ymd(a);
    if (U.u === 'day') return fmtDay(a);
    if (U.u === 'week') return w('date_week', { date: fmtDay(a) });
    if (U.u === 'month' && U.n === 1) return w('date_month', { month: monthName(m), year: y });
    if (U.u === 'year' && U.n === 1) return String(y);
    return w('date_range', { first: fmtDay(a), last: fmtDay(b - 1) });
  }

  // ------------------------------------------------------------------ view (zoom and pan)

  let extent = null;        // [first, last) day of all dated events, for fitting and the overview
  (function computeExtent() {
    let a = Infinity, b = -Infinity;
    for (const ev of DATED) {
      if (isFinite(ev.lo)) { a = Math.min(a, ev.lo); b = Math.max(b, ev.lo + 1); }
      if (isFinite(ev.hi)) { a = Math.min(a, ev.hi - 1); b = Math.max(b, ev.hi); }
    }
    if (isFinite(a)) { const pad = Math.max(3, (b - a) * 0.03); extent = [a - pad, b + pad]; }
  })();

  const MIN_SPAN = 2, MAX_SPAN = 365.25 * 500;
  function setView(t0, ppd) {
    const pw = Math.max(50, plotX1() - plotX0());
    state.plotW = pw;
    ppd = Math.min(pw / MIN_SPAN, Math.max(pw / MAX_SPAN, ppd));
    // keep some of the data in view: the view may not leave the extent by more than its width
    if (extent) {
      const span = pw / ppd;
      t0 = Math.min(extent[1] - span * 0.1, Math.max(extent[0] - span * 0.9, t0));
    }
    state.t0 = t0; state.ppd = ppd;
    requestRender();
  }
  function fitRange(a, b) {
    const pw = Math.max(50, plotX1() - plotX0());
    if (!(b > a)) { a -= 15; b += 15; }
    setView(a, pw / (b - a));
  }
  function fit() {
    let a = extent ? extent[0] : dayOf(new Date().getUTCFullYear(), 1, 1), b = extent ? extent[1] : a + 365;
    if (state.dateFrom != null) a = state.dateFrom;
    if (state.dateTo != null) b = state.dateTo + 1;
    fitRange(a, b);
  }
  function zoomAt(factor, x) {
    const t = tOf(x);
    const ppd = state.ppd * factor;
    const pw = Math.max(50, plotX1() - plotX0());
    const clamped = Math.min(pw / MIN_SPAN, Math.max(pw / MAX_SPAN, ppd));
    setView(t - (x - plotX0()) / clamped, clamped);
  }
  let anim = 0;
  /** Zooms smoothly around the plot's centre (buttons and keys). */
  function zoomAnimated(factor) {
    cancelAnimationFrame(anim);
    const x = (plotX0() + plotX1()) / 2;
    const steps = 8;
    const f = Math.pow(factor, 1 / steps);
    let k = 0;
    const step = () => { zoomAt(f, x); if (++k < steps) anim = requestAnimationFrame(step); };
    step();
  }
  function centerOn(ev) {
    if (ev.kind === 'undated') return;
    const span = (plotX1() - plotX0()) / state.ppd;
    const mid = ev.kind === 'before' ? ev.hi : ev.kind === 'after' ? ev.lo : (ev.lo + ev.hi) / 2;
    const x = xOf(mid);
    if (x < plotX0() + 30 || x > plotX1() - 30) setView(mid - span / 2, state.ppd);
  }

  // ------------------------------------------------------------------ marks

  /** Traces the body of a mark: 'dot', 'bar' (x0..x1) or an arrow head ('headL', 'headR'), grown
   *  by `grow` pixels all round (the dotted outline of a reported event stands off its fill). */
  function tracePath(c, shape, x0, x1, y, grow) {
    const g = grow || 0;
    c.beginPath();
    if (shape === 'dot') c.arc((x0 + x1) / 2, y, MARK_R + g, 0, Math.PI * 2);
    else if (shape === 'bar') c.roundRect(x0 - g, y - BAR_H / 2 - g, Math.max(1, x1 - x0) + 2 * g, BAR_H + 2 * g, 3 + g);
    else if (shape === 'headL') { c.moveTo(x0 - g, y); c.lineTo(x0 + 10 + g, y - 6 - g); c.lineTo(x0 + 10 + g, y + 6 + g); c.closePath(); }
    else { c.moveTo(x1 + g, y); c.lineTo(x1 - 10 - g, y - 6 - g); c.lineTo(x1 - 10 - g, y + 6 + g); c.closePath(); }
  }

  /** Paints a mark body in the look of its modality (MOD_LOOK): filled or hollow, its outline solid,
   *  dashed, or dotted and standing off a filled body. */
  function paintBody(c, shape, x0, x1, y, mod, color, th) {
    const look = lookOf(mod);
    tracePath(c, shape, x0, x1, y);
    c.setLineDash([]);
    if (look.fill === 'solid') {
      c.fillStyle = color; c.fill();
      if (look.outline === 'solid') { c.lineWidth = 1; c.strokeStyle = th.background; c.stroke(); }  // separates touching marks
    } else {
      c.fillStyle = th.background; c.fill();
    }
    if (look.outline === 'solid' && look.fill === 'hollow') {
      c.lineWidth = 2; c.strokeStyle = color; c.stroke();
    } else if (look.outline === 'dashed') {
      c.lineWidth = 1.8; c.strokeStyle = color; c.setLineDash([3, 2]); c.stroke(); c.setLineDash([]);
    } else if (look.outline === 'dotted') {
      if (look.fill === 'solid') tracePath(c, shape, x0, x1, y, 2.5);
      c.lineWidth = 1.5; c.strokeStyle = color; c.lineCap = 'round'; c.setLineDash([0.1, 3]); c.stroke();
      c.setLineDash([]); c.lineCap = 'butt';
    }
  }

  /** Horizontal extent of an event's mark at the current scale. */
  function markExtent(ev) {
    switch (ev.kind) {
      case 'point': { const x = xOf(ev.lo + 0.5); return [x - MARK_R, x + MARK_R]; }
      case 'before': { const x = xOf(ev.hi); return [x - ARROW, x + 1.5]; }
      case 'after': { const x = xOf(ev.lo); return [x - 1.5, x + ARROW]; }
      default: {
        let a = xOf(ev.lo), b = xOf(ev.hi);
        if (b - a < MIN_BAR) { const m = (a + b) / 2; a = m - MIN_BAR / 2; b = m + MIN_BAR / 2; }
        return [a, b];
      }
    }
  }

  /** Draws an event's mark between x0 and x1 on the row centred at y. A date only inferred is drawn
   *  paler than an explicit one; open bounds ("before", "after") are a bound line and a fading arrow. */
  function drawMark(c, ev, x0, x1, y, th, color) {
    c.save();
    c.globalAlpha = ev.cert === 'explicit' ? 1 : ev.cert === 'inferred' ? 0.8 : 0.6;
    if (isLowConf(ev)) c.globalAlpha *= LOW_CONF.opacity;
    switch (ev.kind) {
      case 'point': paintBody(c, 'dot', x0, x1, y, ev.mod, color, th); break;
      case 'range': paintBody(c, 'bar', x0, x1, y, ev.mod, color, th); break;
      case 'between': {
        c.globalAlpha *= 0.55;
        paintBody(c, 'bar', x0, x1, y, ev.mod, color, th);
        c.globalAlpha /= 0.55;
        c.fillStyle = color;
        c.fillRect(x0, y - BAR_H / 2 - 2, 2, BAR_H + 4); c.fillRect(x1 - 2, y - BAR_H / 2 - 2, 2, BAR_H + 4);
        break;
      }
      case 'before': case 'after': {
        const left = ev.kind === 'before';
        const xb = left ? x1 - 1.5 : x0 + 1.5, xe = left ? x0 + 10 : x1 - 10;
        const g = c.createLinearGradient(xb, 0, xe, 0);
        g.addColorStop(0, color); g.addColorStop(1, th.background);
        c.strokeStyle = g; c.lineWidth = 2; c.setLineDash([3, 2]);
        c.beginPath(); c.moveTo(xb, y); c.lineTo(xe, y); c.stroke(); c.setLineDash([]);
        c.fillStyle = color; c.fillRect(xb - 1, y - 7, 2.5, 14);
        paintBody(c, left ? 'headL' : 'headR', x0, x1, y, ev.mod, color, th);
        break;
      }
      default: break;
    }
    c.restore();
  }

  // ------------------------------------------------------------------ layout of the lanes

  /** Packs marks (with their labels when withLabels: extent e0..e1) into rows, first fit, left to
   *  right (items sorted by their left end); returns the number of rows, or -1 when more than
   *  maxRows are needed. */
  function pack(items, maxRows, withLabels) {
    const ends = [];
    for (const it of items) {
      const left = withLabels ? it.e0 : it.x0, right = withLabels ? it.e1 : it.x1;
      const gap = withLabels ? ITEM_GAP : MARK_GAP;      // marks alone may sit closer
      let r = 0;
      while (r < ends.length && ends[r] + gap > left) r++;
      if (r === ends.length) { if (r >= maxRows) return -1; ends.push(0); }
      ends[r] = right;
      if (withLabels) it.rl = r; else it.rm = r;
    }
    return ends.length;
  }

  /** Decides, for the current view, how each lane is drawn: 'full' (every mark with its label),
   *  'marks' (every mark, labels where they fit) or 'density' (counts per period), and how many
   *  rows it gets. Rows are shared out so that small lanes get what they need first. */
  function layoutLanes(height) {
    const x0 = plotX0(), x1 = plotX1(), pw = x1 - x0;
    const lanes = state.laneDefs;
    for (const L of lanes) {
      L.vis = null; L.mode = 'density';
      // a quick count first: a lane far too full for its rows goes straight to density
      let n = 0;
      const cap = MAX_ROWS * pw / (2 * MARK_R + MARK_GAP);     // marks that could fit at best
      for (const ev of L.items) {
        const [a, b] = markExtent(ev);
        if (b >= x0 - 2 && a <= x1 + 2 && ++n > cap) break;
      }
      if (n > cap) { L.need = DENSITY_ROWS; continue; }
      const vis = [];
      for (const ev of L.items) {
        const [a, b] = markExtent(ev);
        if (b < x0 - 2 || a > x1 + 2) continue;
        vis.push({ ev, x0: a, x1: b, lw: 0, rm: 0, rl: 0, side: 1, e0: a, e1: b });
      }
      vis.sort((p, q) => p.x0 - q.x0);
      const m = pack(vis, MAX_ROWS, false);
      if (m < 0) { L.need = DENSITY_ROWS; continue; }
      // a label goes right of its mark, or left when it would run past the right edge
      for (const it of vis) {
        it.lw = labelOf(it.ev).width;
        const right = it.x1 + LABEL_GAP + it.lw;
        it.side = right > x1 && it.x0 - LABEL_GAP - it.lw >= x0 ? -1 : 1;
        it.e0 = it.side > 0 ? it.x0 : it.x0 - LABEL_GAP - it.lw;
        it.e1 = it.side > 0 ? right : it.x1;
      }
      const l = vis.length > 600 ? -1 : pack(vis.slice().sort((p, q) => p.e0 - q.e0), MAX_ROWS, true);
      L.vis = vis; L.rowsMarks = Math.max(1, m); L.rowsLabels = l < 0 ? Infinity : Math.max(1, l);
      L.need = isFinite(L.rowsLabels) ? L.rowsLabels : L.rowsMarks;
    }
    // share the height: smallest needs first; a lane gets its labelled rows if it can, else compact
    // rows of marks only (labels where they fit), else it is drawn as counts
    const inner = Math.max(0, height - lanes.length * 2 * LANE_PADV);
    // A lane of a few marks is never turned into counts: it keeps its compact rows even when the
    // lanes then overflow the view (which scrolls vertically).
    for (const L of lanes) {
      L.needPx = !L.vis ? DENSITY_ROWS * ROW_H : isFinite(L.rowsLabels) ? L.rowsLabels * ROW_H : L.rowsMarks * ROW_C;
      L.minPx = L.vis && L.rowsMarks <= KEEP_MARKS_ROWS ? L.rowsMarks * ROW_C : ROW_H;
    }
    let left = inner, k = lanes.length;
    for (const L of lanes.slice().sort((p, q) => p.needPx - q.needPx)) {
      L.px = Math.max(L.minPx, Math.min(L.needPx, Math.floor(left / k)));
      left -= L.px; k--;
    }
    for (const L of lanes) {
      if (!L.vis) L.mode = 'density';
      else if (L.px >= L.rowsLabels * ROW_H) { L.mode = 'full'; L.rowH = ROW_H; L.px = L.rowsLabels * ROW_H; }
      else if (L.px >= L.rowsMarks * ROW_C) {
        L.mode = 'marks'; L.rowH = Math.min(ROW_H, Math.floor(L.px / L.rowsMarks)); L.px = L.rowsMarks * L.rowH;
      } else L.mode = 'density';
    }
    // what the marks leave goes to the lanes drawn as counts, evenly
    const dense = lanes.filter((L) => L.mode === 'density');
    let rest = inner;
    for (const L of lanes) if (L.mode !== 'density') rest -= L.px;
    const per = dense.length ? Math.max(ROW_H, Math.min(DENSITY_MAX_ROWS * ROW_H, Math.floor(rest / dense.length))) : 0;
    for (const L of dense) { L.px = per; L.rowH = ROW_H; }
    // spare height makes every lane a little taller (up to 1.5 rows more), rows centred in it
    let used = 0;
    for (const L of lanes) used += L.px + 2 * LANE_PADV;
    const extra = lanes.length ? Math.max(0, Math.min(ROW_H * 1.5, Math.floor((height - used) / lanes.length))) : 0;
    let y = 0;
    for (const L of lanes) {
      L.y = y; L.h = L.px + 2 * LANE_PADV + extra;
      L.off = L.mode === 'density' ? 0 : extra / 2;
      y += L.h;
    }
    return y;
  }

  // ------------------------------------------------------------------ drawing

  let hits = [];            // what the pointer can hit in the lanes canvas, drawn order
  let renderQueued = 0, firstRenderDone = false;
  function requestRender() { if (!renderQueued) renderQueued = requestAnimationFrame(render); }

  function render() {
    renderQueued = 0;
    if (state.view !== 'timeline') return;
    const th = theme();
    const W = scroller.clientWidth;
    const avail = Math.max(120, $('tl').clientHeight - AXIS_H);
    const x0 = plotX0(), x1 = plotX1();
    // when the plot's width changes (window, details panel), keep the same period in view
    if (state.plotW && state.plotW !== x1 - x0 && x1 - x0 > 50) {
      const span = state.plotW / state.ppd;
      state.ppd = (x1 - x0) / span;
    }
    state.plotW = x1 - x0;
    const tA = tOf(x0), tB = tOf(x1);
    const contentH = layoutLanes(avail);
    const H = Math.max(avail, contentH);
    sizeCanvas(axisCanvas, actx, W, AXIS_H);
    sizeCanvas(canvas, ctx, W, H);
    scroller.style.height = avail + 'px';

    // background, lane bands, grid
    ctx.fillStyle = th.background; ctx.fillRect(0, 0, W, H);
    const band = th.band || (themeName() === 'dark' ? 'rgba(255,255,255,0.03)' : 'rgba(0,0,0,0.025)');
    state.laneDefs.forEach((L, k) => { if (k % 2 === 0) { ctx.fillStyle = band; ctx.fillRect(0, L.y, W, L.h); } });

    const U = pickUnit(state.ppd);
    const M = majorUnitOf(U);
    const minor = boundaries(tA, tB, U);
    const major = boundaries(tA, tB, M);
    ctx.save();
    ctx.beginPath(); ctx.rect(x0, 0, x1 - x0, H); ctx.clip();
    ctx.strokeStyle = th.grid; ctx.lineWidth = 1;
    ctx.beginPath();
    for (const b of minor) { const x = Math.round(xOf(b)) + 0.5; ctx.moveTo(x, 0); ctx.lineTo(x, H); }
    ctx.stroke();
    ctx.strokeStyle = th.axis; ctx.globalAlpha = 0.35;
    ctx.beginPath();
    for (const b of major) { const x = Math.round(xOf(b)) + 0.5; ctx.moveTo(x, 0); ctx.lineTo(x, H); }
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = th.grid;
    ctx.beginPath();
    for (const L of state.laneDefs) { ctx.moveTo(0, L.y + L.h + 0.5); ctx.lineTo(W, L.y + L.h + 0.5); }
    ctx.stroke();

    // lanes
    hits = [];
    const binU = pickUnit(state.ppd, 9);
    const bins = boundaries(tA - binU.days, tB + binU.days, binU, 20000);
    let binMax = 1;
    for (const L of state.laneDefs) if (L.mode === 'density') { L.bins = countBins(L, bins); for (const c of L.bins) binMax = Math.max(binMax, c); }
    for (const L of state.laneDefs) {
      if (L.mode === 'density') { drawDensity(L, bins, binU, binMax, th); drawSelectedInDensity(L, th); }
      else drawLaneItems(L, th);
    }
    drawFocus(th);
    ctx.restore();

    // lane names over a solid column, so that panned marks pass under it
    ctx.fillStyle = th.background; ctx.fillRect(0, 0, x0, H);
    state.laneDefs.forEach((L, k) => {
      if (k % 2 === 0) { ctx.fillStyle = band; ctx.fillRect(0, L.y, x0, L.h); }
      drawLaneName(L, th);
    });
    ctx.strokeStyle = th.grid; ctx.beginPath(); ctx.moveTo(x0 - 0.5, 0); ctx.lineTo(x0 - 0.5, H); ctx.stroke();

    drawAxis(W, minor, major, U, M, th);
    drawOverview(th);
    $('view-range').textContent = w('date_range', { first: fmtDay(Math.floor(tA)), last: fmtDay(Math.floor(tB)) });
    const empty = $('tl-empty');
    empty.hidden = state.shownDated.length > 0;
    if (!empty.hidden) empty.textContent = TOTAL === 0 ? w('graph_empty') : state.shown.length ? w('only_undated') : w('no_events');

    if (!firstRenderDone) {
      firstRenderDone = true;
      window.evgraphRenderMs = Math.round(performance.now());
      window.evgraphTimings = { parse: Math.round(T_PARSED), prepared: Math.round(T_PREPARED), rendered: window.evgraphRenderMs };
      document.body.dataset.ready = '1';
    }
  }

  function drawLaneName(L, th) {
    const x = 10, y = L.y + (L.mode === 'density' ? 0 : L.off) + LANE_PADV + ROW_H / 2 + 4;
    let tx = x;
    if (L.color) {
      ctx.fillStyle = L.color;
      ctx.beginPath(); ctx.roundRect(x, y - 9, 4, 12, 2); ctx.fill();
      tx += 10;
    }
    ctx.fillStyle = th.text; ctx.font = FONT_BOLD; ctx.textAlign = 'left';
    ctx.fillText(fitText(L.label, laneW - tx - 8, FONT_BOLD), tx, y);
    ctx.font = FONT_SMALL; ctx.fillStyle = th.muted;
    const count = w('lane_count', { n: num(L.items.length) });
    if (L.y + L.h - y >= 18) ctx.fillText(count, tx, y + 16);
  }

  function drawLaneItems(L, th) {
    const rowKey = L.mode === 'full' ? 'rl' : 'rm';
    const rh = L.rowH;
    const yOf = (r) => L.y + L.off + LANE_PADV + r * rh + rh / 2;
    const x1 = plotX1();
    const rowFont = rh >= ROW_H ? FONT : FONT_SMALL;
    let labels = [];
    if (L.mode === 'full') {
      for (const it of L.vis) labels.push([it, it.lw, it.side]);
    } else {
      // labels where they fit: between a mark and the next mark of its row, cut to the room left
      const rows = new Map();
      for (const it of L.vis) { if (!rows.has(it.rm)) rows.set(it.rm, []); rows.get(it.rm).push(it); }
      for (const row of rows.values()) {
        row.forEach((it, k) => {
          const limit = (k + 1 < row.length ? row[k + 1].x0 - ITEM_GAP : x1) - (it.x1 + LABEL_GAP);
          if (limit >= MIN_LABEL && rh >= 16) labels.push([it, limit, 1]);
        });
      }
    }
    for (const it of L.vis) {
      const y = yOf(it[rowKey]);
      const color = typeColor(it.ev.type, th);
      drawMark(ctx, it.ev, it.x0, it.x1, y, th, color);
      it.y = y;
      hits.push({ x0: it.x0 - 2, x1: it.x1 + 2, y0: y - rh / 2, y1: y + rh / 2, ev: it.ev });
    }
    ctx.font = FONT; ctx.textAlign = 'left';
    for (const [it, room, side] of labels) {
      const lab = labelOf(it.ev);
      // the selection is a ring: a bold label would no longer fit its packed room
      const font = labelFont(it.ev, rowFont);
      let text, lx;
      if (side < 0) { text = lab.text; lx = it.x0 - LABEL_GAP - lab.width; }
      else {
        lx = it.x1 + LABEL_GAP;
        text = lab.width <= room && lx + lab.width <= x1 && rowFont === FONT ? lab.text : fitText(lab.text, Math.min(room, x1 - lx), font);
      }
      if (!text) continue;
      ctx.font = font;
      ctx.fillStyle = isLowConf(it.ev) ? th.muted : th.text;
      let tw = ctx.measureText(text).width;
      if (side < 0) lx = it.x0 - LABEL_GAP - tw;
      ctx.fillText(text, lx, it.y + (rowFont === FONT_SMALL ? 3.5 : 4));
      if (lookOf(it.ev.mod).label === 'struck') ctx.fillRect(lx, it.y - 0.6, tw, 1.2);
      hits.push({ x0: lx, x1: lx + tw, y0: it.y - rh / 2, y1: it.y + rh / 2, ev: it.ev });
    }
    ctx.font = FONT;
    for (const it of L.vis) if (it.ev === state.selected) ring(it.x0, it.x1, it.y, th.text, false);
  }

  function ring(x0, x1, y, color, dashed) {
    ctx.save();
    ctx.strokeStyle = color; ctx.lineWidth = 2; ctx.setLineDash(dashed ? [3, 2] : []);
    ctx.beginPath(); ctx.roundRect(x0 - 4, y - BAR_H / 2 - 4, x1 - x0 + 8, BAR_H + 8, 5); ctx.stroke();
    ctx.restore();
  }

  /** Events per bin of the lane; bins are period boundaries (days). */
  function countBins(L, bins) {
    const out = new Array(bins.length - 1).fill(0);
    let k = lowerBound(L.items, bins[0], (e) => e.t);
    let b = 0;
    for (; k < L.items.length; k++) {
      const t = L.items[k].t;
      while (b < out.length && t >= bins[b + 1]) b++;
      if (b >= out.length) break;
      out[b]++;
    }
    return out;
  }

  function drawDensity(L, bins, U, binMax, th) {
    const color = L.color || th.accent;
    const top = L.y + LANE_PADV, hMax = L.h - 2 * LANE_PADV;
    ctx.font = FONT_SMALL; ctx.textAlign = 'center';
    for (let k = 0; k < L.bins.length; k++) {
      const c = L.bins[k];
      if (!c) continue;
      const xa = xOf(bins[k]), xb = xOf(bins[k + 1]);
      const bw = xb - xa;
      const gap = bw > 4 ? 1 : 0;
      const h = Math.max(2, hMax * Math.sqrt(c / binMax));
      ctx.fillStyle = color; ctx.globalAlpha = 0.75;
      ctx.fillRect(xa + gap, top + hMax - h, bw - 2 * gap, h);
      ctx.globalAlpha = 1;
      const label = num(c);
      if (ctx.measureText(label).width + 4 <= bw) {
        const above = top + hMax - h - 3;
        if (above >= top + 9) { ctx.fillStyle = th.muted; ctx.fillText(label, (xa + xb) / 2, above); }
        else { ctx.fillStyle = th.background; ctx.fillText(label, (xa + xb) / 2, top + hMax - h + 11); }
      }
      hits.push({ x0: xa, x1: xb, y0: L.y, y1: L.y + L.h, bin: { lane: L, a: bins[k], b: bins[k + 1], n: c, U } });
    }
    ctx.textAlign = 'left';
  }

  /** The selected event inside a lane drawn as counts: its mark over the bars, on a line across
   *  the lane, so that it can still be found when zoomed out. */
  function drawSelectedInDensity(L, th) {
    const ev = state.selected;
    if (!ev || ev.kind === 'undated' || !L.items.includes(ev)) return;
    const [a, b] = markExtent(ev);
    const y = L.y + L.h / 2;
    ctx.save();
    ctx.strokeStyle = th.text; ctx.lineWidth = 1.5;
    ctx.beginPath(); ctx.moveTo((a + b) / 2, L.y + 2); ctx.lineTo((a + b) / 2, L.y + L.h - 2); ctx.stroke();
    ctx.fillStyle = th.background; ctx.beginPath(); ctx.roundRect(a - 5, y - BAR_H / 2 - 5, b - a + 10, BAR_H + 10, 6); ctx.fill();
    drawMark(ctx, ev, a, b, y, th, typeColor(ev.type, th));
    ctx.restore();
    ring(a, b, y, th.text, false);
    hits.push({ x0: a - 4, x1: b + 4, y0: y - ROW_H / 2, y1: y + ROW_H / 2, ev });
  }

  /** The keyboard focus: a dashed ring on the mark, or on the lane's centre line when the lane
   *  shows counts only. */
  function drawFocus(th) {
    const ev = state.kbEvent;
    if (!ev || document.activeElement !== canvas) return;
    const L = state.laneDefs.find((l) => l.items.includes(ev));
    if (!L) return;
    const it = L.vis && L.vis.find((v) => v.ev === ev);
    const [a, b] = it ? [it.x0, it.x1] : markExtent(ev);
    const y = it ? it.y : L.y + L.h / 2;
    if (!it) { ctx.save(); ctx.globalAlpha = 0.9; drawMark(ctx, ev, a, b, y, th, typeColor(ev.type, th)); ctx.restore(); }
    ring(a, b, y, th.accent, true);
  }

  function drawAxis(W, minor, major, U, M, th) {
    const c = actx, x0 = plotX0(), x1 = plotX1();
    c.fillStyle = th.background; c.fillRect(0, 0, W, AXIS_H);
    c.save();
    c.beginPath(); c.rect(x0, 0, x1 - x0 + RIGHT_PAD, AXIS_H); c.clip();
    // minor ticks and labels, centred in their cell (week labels sit at the week's start)
    c.font = FONT_SMALL; c.fillStyle = th.muted; c.strokeStyle = th.grid;
    c.beginPath();
    for (let k = 0; k < minor.length; k++) {
      const xa = xOf(minor[k]);
      c.moveTo(Math.round(xa) + 0.5, AXIS_H - 16); c.lineTo(Math.round(xa) + 0.5, AXIS_H);
      if (k + 1 >= minor.length) continue;
      const xb = xOf(minor[k + 1]);
      const label = minorLabel(minor[k], U, xb - xa);
      const tw = c.measureText(label).width;
      if (U.u === 'week') { if (xa + 3 >= x0) { c.textAlign = 'left'; c.fillText(label, xa + 3, AXIS_H - 6); } continue; }
      const va = Math.max(xa, x0), vb = Math.min(xb, x1 + RIGHT_PAD);
      if (vb - va >= tw + 4) { c.textAlign = 'center'; c.fillText(label, (va + vb) / 2, AXIS_H - 6); }
    }
    c.stroke();
    // major labels stick to the left edge while their period is in view
    c.font = FONT_BOLD; c.fillStyle = th.text; c.textAlign = 'left'; c.strokeStyle = th.axis;
    c.beginPath();
    for (let k = 0; k < major.length; k++) {
      const xa = xOf(major[k]);
      c.moveTo(Math.round(xa) + 0.5, 4); c.lineTo(Math.round(xa) + 0.5, AXIS_H);
      if (k + 1 >= major.length) continue;
      const xb = xOf(major[k + 1]);
      const label = majorLabel(major[k], M);
      const tw = c.measureText(label).width;
      let lx = Math.max(xa + 4, x0 + 4);
      if (lx + tw > xb - 4) lx = xb - 4 - tw;
      if (lx >= x0 + 2 && lx + tw <= x1 + RIGHT_PAD) c.fillText(label, lx, 16);      // whole or not at all
    }
    c.stroke();
    c.restore();
    c.strokeStyle = th.axis; c.lineWidth = 1;
    c.beginPath(); c.moveTo(0, AXIS_H - 0.5); c.lineTo(W, AXIS_H - 0.5); c.stroke();
    c.fillStyle = th.muted; c.font = FONT_SMALL; c.textAlign = 'left';
    c.fillText(state.lanes === 'type' ? w('lanes_type') : w('lanes_actor'), 10, AXIS_H - 6);
  }

  // ------------------------------------------------------------------ overview strip

  let histo = null;         // shown dated events per overview pixel column
  function buildHistogram() {
    histo = null;
    if (!extent) return;
    const cols = 600;       // fixed resolution, scaled to the strip's width when drawn
    const h = new Float64Array(cols);
    const span = extent[1] - extent[0];
    for (const ev of state.shownDated) {
      const k = Math.floor(((ev.t === Infinity ? ev.lo : ev.t) - extent[0]) / span * cols);
      if (k >= 0 && k < cols) h[k]++;
    }
    histo = h;
  }
  const ovX = (t) => plotX0() + (t - extent[0]) / (extent[1] - extent[0]) * (plotX1() - plotX0());
  const ovT = (x) => extent[0] + (x - plotX0()) / (plotX1() - plotX0()) * (extent[1] - extent[0]);

  function drawOverview(th) {
    const W = scroller.clientWidth;
    sizeCanvas(ovCanvas, octx, W, OV_H);
    const c = octx, x0 = plotX0(), x1 = plotX1();
    c.fillStyle = th.background; c.fillRect(0, 0, W, OV_H);
    if (!extent || !histo) return;
    c.fillStyle = th.muted; c.font = FONT_SMALL; c.textAlign = 'left';
    c.fillText(w('overview'), 10, 18);
    let max = 1;
    for (const v of histo) max = Math.max(max, v);
    const base = OV_H - 14, hh = base - 4;
    c.fillStyle = th.accent; c.globalAlpha = 0.55;
    const colW = (x1 - x0) / histo.length;
    for (let k = 0; k < histo.length; k++) {
      if (!histo[k]) continue;
      const h = Math.max(1.5, hh * Math.sqrt(histo[k] / max));
      c.fillRect(x0 + k * colW, base - h, Math.max(1, colW - 0.2), h);
    }
    c.globalAlpha = 1;
    c.strokeStyle = th.grid; c.beginPath(); c.moveTo(x0, base + 0.5); c.lineTo(x1, base + 0.5); c.stroke();
    // years (or decades) along the strip
    const U = pickUnit((x1 - x0) / (extent[1] - extent[0]), 44);
    const YU = U.u === 'year' ? U : { u: 'year', n: 1, days: 365.25 };
    c.fillStyle = th.muted; c.textAlign = 'left';
    const years = boundaries(extent[0], extent[1], YU);
    if (years.length > 1 && ovX(years[1]) - x0 > 40) c.fillText(String(ymd(extent[0])[0]), x0 + 3, OV_H - 2);
    for (const b of years) {
      const x = ovX(b);
      if (x < x0 || x > x1 - 24) continue;
      c.fillRect(x, base, 1, 4);
      c.fillText(String(ymd(b)[0]), x + 3, OV_H - 2);
    }
    // the part in view
    const va = Math.max(x0, ovX(tOf(x0))), vb = Math.min(x1, ovX(tOf(x1)));
    c.fillStyle = th.background; c.globalAlpha = 0.55;
    c.fillRect(x0, 0, Math.max(0, va - x0), base); c.fillRect(vb, 0, Math.max(0, x1 - vb), base);
    c.globalAlpha = 1;
    c.strokeStyle = th.accent; c.lineWidth = 1.5;
    c.strokeRect(va, 1, Math.max(2, vb - va), base - 1);
  }

  // ------------------------------------------------------------------ pointer: pan, zoom, hover, click

  function hitAt(x, y) {
    for (let k = hits.length - 1; k >= 0; k--) {
      const h = hits[k];
      if (x >= h.x0 && x <= h.x1 && y >= h.y0 && y <= h.y1) return h;
    }
    return null;
  }
  const localXY = (e, c) => { const r = c.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };

  const pointers = new Map();
  let drag = null;
  const tl = $('tl');
  tl.addEventListener('wheel', (e) => {
    const [x] = localXY(e, canvas);
    // over the lane names the wheel scrolls the lanes (when they overflow); over the plot it zooms
    if (x < plotX0() && e.target === canvas && scroller.scrollHeight > scroller.clientHeight && !e.ctrlKey) return;
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const dx = e.deltaX * unit, dy = e.deltaY * unit;
    if (e.shiftKey || Math.abs(dx) > Math.abs(dy)) { setView(state.t0 + (e.shiftKey ? dy || dx : dx) / state.ppd, state.ppd); return; }
    // a trackpad pinch arrives as a wheel with ctrlKey and small deltas
    zoomAt(Math.exp(-dy * (e.ctrlKey ? 0.01 : 0.0016)), Math.max(plotX0(), x));
  }, { passive: false });

  tl.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    tl.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, [e.clientX, e.clientY]);
    if (pointers.size === 1) drag = { x: e.clientX, t0: state.t0, moved: false };
    else if (pointers.size === 2) {
      const [[ax], [bx]] = [...pointers.values()];
      drag = { pinch: Math.abs(ax - bx), ppd: state.ppd, mid: (ax + bx) / 2, moved: true };
    }
  });
  tl.addEventListener('pointermove', (e) => {
    if (pointers.has(e.pointerId)) {
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
      if (drag && drag.pinch != null && pointers.size === 2) {
        const [[ax], [bx]] = [...pointers.values()];
        const r = canvas.getBoundingClientRect();
        const x = drag.mid - r.left;
        const t = tOf(x);
        const ppd = drag.ppd * Math.abs(ax - bx) / Math.max(10, drag.pinch);
        setView(t - (x - plotX0()) / ppd, ppd);
      } else if (drag) {
        const dx = e.clientX - drag.x;
        if (Math.abs(dx) > 3) drag.moved = true;
        if (drag.moved) { setView(drag.t0 - dx / state.ppd, state.ppd); hideTooltip(); tl.classList.add('dragging'); }
      }
      return;
    }
    if (e.target !== canvas) { hideTooltip(); return; }
    const [x, y] = localXY(e, canvas);
    const h = x > plotX0() ? hitAt(x, y) : null;
    canvas.style.cursor = h ? 'pointer' : '';
    if (h) showTooltip(h, e.clientX, e.clientY); else hideTooltip();
  });
  const endPointer = (e) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.delete(e.pointerId);
    tl.classList.remove('dragging');
    if (pointers.size === 0) {
      // the pointer is captured by #tl, so e.target is #tl: test the position instead
      const [x, y] = localXY(e, canvas);
      const onPlot = x > plotX0() && y >= 0 && y <= canvas.clientHeight && e.clientY >= scroller.getBoundingClientRect().top;
      if (drag && !drag.moved && e.type === 'pointerup' && onPlot) {
        const h = hitAt(x, y);
        if (h && h.ev) { state.kbEvent = h.ev; select(h.ev); }
        else if (h && h.bin) { const pad = (h.bin.b - h.bin.a) * 0.15; fitRange(h.bin.a - pad, h.bin.b + pad); }
      }
      drag = null;
    } else if (pointers.size === 1) {
      const [[px]] = [...pointers.values()];
      drag = { x: px, t0: state.t0, moved: true };
    }
  };
  tl.addEventListener('pointerup', endPointer);
  tl.addEventListener('pointercancel', endPointer);
  tl.addEventListener('pointerleave', () => { if (!drag) hideTooltip(); });

  // overview: drag the window, or click to centre it there
  let ovDrag = null;
  ovCanvas.addEventListener('pointerdown', (e) => {
    if (!extent) return;
    ovCanvas.setPointerCapture(e.pointerId);
    const [x] = localXY(e, ovCanvas);
    const span = (plotX1() - plotX0()) / state.ppd;
    const va = ovX(state.t0), vb = ovX(state.t0 + span);
    if (x < va || x > vb) setView(ovT(x) - span / 2, state.ppd);
    ovDrag = { x, t0: state.t0 };
  });
  ovCanvas.addEventListener('pointermove', (e) => {
    if (!ovDrag) return;
    const [x] = localXY(e, ovCanvas);
    setView(ovDrag.t0 + (ovT(x) - ovT(ovDrag.x)), state.ppd);
  });
  const ovEnd = () => { ovDrag = null; };
  ovCanvas.addEventListener('pointerup', ovEnd);
  ovCanvas.addEventListener('pointercancel', ovEnd);

  // ------------------------------------------------------------------ tooltip

  const tip = $('tooltip');
  function showTooltip(h, cx, cy) {
    if (h.ev) {
      const ev = h.ev;
      tip.replaceChildren(
        el('strong', { text: ev.title }),
        el('span', { class: 'tip-line', text: fmtEventDate(ev) }),
        el('span', { class: 'tip-line muted' }, typeLabel(ev.type), ' · ', modLabel(ev.mod), ' · ', w('sources_count', { n: num(ev.sources.length) })));
    } else {
      const b = h.bin;
      tip.replaceChildren(
        el('strong', { text: w('cluster_tooltip', { n: num(b.n) }) }),
        el('span', { class: 'tip-line', text: fmtPeriod(b.a, b.b, b.U) }),
        el('span', { class: 'tip-line muted', text: w('cluster_hint') }));
    }
    tip.hidden = false;
    const r = tip.getBoundingClientRect();
    const left = Math.min(window.innerWidth - r.width - 8, cx + 14);
    const top = cy + 16 + r.height > window.innerHeight ? cy - r.height - 10 : cy + 16;
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = Math.max(4, top) + 'px';
  }
  function hideTooltip() { tip.hidden = true; }

  // ------------------------------------------------------------------ keyboard on the timeline

  const live = $('sr-live');
  function announce(ev) { live.textContent = ev.title + ' — ' + fmtEventDate(ev) + ' — ' + typeLabel(ev.type) + ', ' + modLabel(ev.mod); }

  function moveKb(delta, absolute) {
    const list = state.shownDated;
    if (!list.length) return;
    let k = state.kbEvent ? list.indexOf(state.kbEvent) : -1;
    if (absolute != null) k = absolute < 0 ? list.length - 1 : absolute;
    else if (k < 0) {
      // start with the first event in view
      const tMid = tOf(plotX0());
      k = Math.max(0, lowerBound(list, tMid, (e) => e.t));
      if (delta < 0) k = Math.max(0, k - 1);
    } else k = Math.min(list.length - 1, Math.max(0, k + delta));
    state.kbEvent = list[k];
    centerOn(state.kbEvent);
    announce(state.kbEvent);
    requestRender();
  }
  canvas.addEventListener('keydown', (e) => {
    const span = (plotX1() - plotX0()) / state.ppd;
    switch (e.key) {
      case 'ArrowRight': moveKb(1); break;
      case 'ArrowLeft': moveKb(-1); break;
      case 'Home': moveKb(0, 0); break;
      case 'End': moveKb(0, -1); break;
      case 'PageDown': setView(state.t0 + span * 0.8, state.ppd); break;
      case 'PageUp': setView(state.t0 - span * 0.8, state.ppd); break;
      case '+': case '=': zoomAnimated(2); break;
      case '-': case '_': zoomAnimated(0.5); break;
      case '0': fit(); break;
      case 'Enter': case ' ':
        if (!state.kbEvent) moveKb(0);
        if (state.kbEvent) select(state.kbEvent, { keepFocus: true });
        break;
      default: return;
    }
    e.preventDefault();
  });
  canvas.addEventListener('focus', () => { if (!state.kbEvent) moveKb(0); else requestRender(); });
  canvas.addEventListener('blur', requestRender);

  // ------------------------------------------------------------------ selection and details panel

  const details = $('details');
  let returnFocus = null;

  function select(ev, opts) {
    state.selected = ev;
    showDetails(ev);
    returnFocus = document.activeElement;     // Esc gives the focus back there
    const k = state.listRows ? state.listRows.indexOf(ev) : -1;
    if (k >= 0) state.listActive = k;
    renderList(false);
    requestRender();
  }
  function closeDetails() {
    if (details.hidden) return;
    details.hidden = true;
    state.selected = null;
    document.body.classList.remove('with-details');
    renderList(false);
    requestRender();
    if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
    returnFocus = null;
    window.requestAnimationFrame(() => requestRender());
  }

  function chipList(ids, nameFn, facetKey) {
    const f = FACETS.find((x) => x.key === facetKey);
    const ul = el('ul', { class: 'chips' });
    for (const id of ids) {
      const name = nameFn(id);
      const li = el('li');
      if (f && f.totals.has(id)) {
        li.append(el('button', {
          type: 'button', class: 'chip', title: w('filter_on', { name }), text: name,
          onclick: () => { f.sel.add(id); applyFilters(); },
        }));
      } else li.append(el('span', { class: 'chip static', text: name }));
      ul.append(li);
    }
    return ul;
  }

  function showDetails(ev) {
    const th = theme();
    const d = ev.raw.date || {};
    $('details-title').textContent = ev.title;
    const body = $('details-body');
    const rows = [];
    const row = (label, ...content) => rows.push(el('dt', { text: label }), el('dd', null, ...content));

    const badges = el('p', { class: 'badges' },
      el('span', { class: 'badge' }, el('span', { class: 'sw', style: { '--c': typeColor(ev.type, th) }, 'aria-hidden': 'true' }), typeLabel(ev.type)),
      el('span', { class: 'badge' }, el('span', { class: mkClass(ev.mod), style: { '--c': typeColor(ev.type, th) }, 'aria-hidden': 'true' }), modLabel(ev.mod)));

    const dateBits = [];
    if (d.value) dateBits.push(String(d.value) + (d.mod ? ' (' + String(d.mod) + ')' : ''));
    if (d.granularity) dateBits.push(w('granularity_' + d.granularity));
    dateBits.push(w('certainty_' + ev.cert));
    row(w('details_date'), el('span', { class: 'date-words', text: fmtEventDate(ev) }), el('span', { class: 'muted small block', text: dateBits.join(' · ') }));
    if (ev.agents.length || ev.targets.length) {
      const nm = (id) => (ACTORS.has(id) ? actorName(id) : placeName(id));
      row(w('details_agents_targets'), el('span', null,
        ev.agents.length ? ev.agents.map(nm).join(', ') : '—', el('span', { class: 'arrow', 'aria-hidden': 'true', text: ' → ' }),
        el('span', { class: 'visually-hidden', text: ' ' + w('details_to') + ' ' }),
        ev.targets.length ? ev.targets.map(nm).join(', ') : '—'));
    }
    if (ev.actors.length) row(w('details_actors'), chipList(ev.actors, actorName, 'actor'));
    if (ev.places.length) row(w('details_places'), chipList(ev.places, placeName, 'place'));
    if (ev.proposals.length) row(w('details_proposals'), chipList(ev.proposals, proposalName, 'proposal'));
    if (Number.isFinite(+ev.raw.confidence)) {
      let pct;
      try { pct = new Intl.NumberFormat(LANG, { style: 'percent' }).format(+ev.raw.confidence); } catch (e) { pct = Math.round(ev.raw.confidence * 100) + ' %'; }
      row(w('details_confidence'), pct);
    }
    const sal = ev.raw.salience;
    if (sal && typeof sal === 'object') row(w('details_salience'), w('salience_value', { documents: num(+sal.documents || 0), sentences: num(+sal.sentences || 0) }));
    row(w('details_id'), el('code', { text: ev.id }));

    const sources = el('ol', { class: 'sources' });
    for (const s of ev.sources) {
      const docId = String(s.doc);
      const doc = DOCS.get(docId) || {};
      const meta = el('p', { class: 'source-meta' }, el('span', { class: 'doc-title', text: doc.title ? String(doc.title) : docId }));
      if (doc.source) meta.append(el('span', { class: 'muted', text: ' · ' + String(doc.source) }));
      const pub = parseDay(doc.published);
      if (!isNaN(pub)) meta.append(el('span', { class: 'muted', text: ' · ' + w('published_on', { date: fmtDay(pub) }) }));
      const href = safeHref(Object.prototype.hasOwnProperty.call(LINKS, docId) ? LINKS[docId] : null);
      const linkLine = el('p', { class: 'source-link' });
      if (href) {
        const a = el('a', { target: '_blank', rel: 'noopener noreferrer', text: w('open_article') });
        a.setAttribute('href', href);
        linkLine.append(a);
      } else linkLine.append(el('span', { class: 'muted', text: w('no_link') }));
      if (doc.title) linkLine.append(el('span', { class: 'muted small', text: ' ' + docId }));
      sources.append(el('li', null, el('blockquote', { text: s.quote != null ? String(s.quote) : '' }), meta, linkLine));
    }
    const actions = el('p', { class: 'details-actions' });
    if (ev.kind !== 'undated') {
      actions.append(el('button', { type: 'button', class: 'link', text: w('details_locate'), onclick: () => { showView('timeline'); centerOn(ev); state.kbEvent = ev; canvas.focus(); } }));
    }
    body.replaceChildren(badges, el('dl', null, ...rows), actions,
      el('h3', { text: w('details_sources', { n: num(ev.sources.length) }) }), sources);
    details.hidden = false;
    document.body.classList.add('with-details');
    details.scrollTop = 0;
    requestRender();
  }
  $('details-close').addEventListener('click', closeDetails);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !details.hidden && !(e.target && e.target.id === 'search' && e.target.value)) { closeDetails(); e.preventDefault(); }
  });

  // ------------------------------------------------------------------ list view (virtualised)

  const list = $('list'), spacer = $('list-spacer');
  const LIST_ROW = 34;
  let listPool = [];

  function renderList(resetScroll) {
    if (state.view !== 'list') return;
    const rows = state.listRows || [];
    spacer.style.height = rows.length * LIST_ROW + 'px';
    if (resetScroll) { list.scrollTop = 0; state.listActive = Math.min(state.listActive, Math.max(0, rows.length - 1)); }
    const first = Math.max(0, Math.floor(list.scrollTop / LIST_ROW) - 5);
    const last = Math.min(rows.length, Math.ceil((list.scrollTop + list.clientHeight) / LIST_ROW) + 5);
    const th = theme();
    const nodes = [];
    for (let k = first; k < last; k++) {
      const ev = rows[k];
      const color = typeColor(ev.type, th);
      const r = el('div', {
        class: 'row' + (k === state.listActive ? ' active' : ''), role: 'option', id: 'row-' + k,
        'aria-selected': ev === state.selected ? 'true' : 'false', 'aria-posinset': k + 1, 'aria-setsize': rows.length,
        style: { top: k * LIST_ROW + 'px' },
      },
      el('span', { class: 'c-date', text: fmtEventDate(ev) }),
      el('span', { class: 'c-type' }, el('span', { class: 'sw', style: { '--c': color }, 'aria-hidden': 'true' }), el('span', { class: 'ell', text: typeLabel(ev.type) })),
      el('span', { class: 'c-title', text: ev.title }),
      el('span', { class: 'c-mod' }, el('span', { class: mkClass(ev.mod), style: { '--c': color }, 'aria-hidden': 'true' }), el('span', { class: 'ell', text: modLabel(ev.mod) })),
      el('span', { class: 'c-src num', text: num(ev.sources.length) }));
      r.dataset.k = String(k);
      nodes.push(r);
    }
    listPool = nodes;
    list.replaceChildren(spacer, ...nodes);
    if (rows.length) list.setAttribute('aria-activedescendant', 'row-' + state.listActive);
    else list.removeAttribute('aria-activedescendant');
    if (!rows.length) list.append(el('p', { class: 'empty', text: w('no_events') }));
  }
  list.addEventListener('scroll', () => renderList(false));
  list.addEventListener('click', (e) => {
    const r = e.target.closest('.row');
    if (!r) return;
    state.listActive = +r.dataset.k;
    select(state.listRows[state.listActive]);
    list.focus();
  });
  list.addEventListener('keydown', (e) => {
    const n = (state.listRows || []).length;
    if (!n) return;
    const page = Math.max(1, Math.floor(list.clientHeight / LIST_ROW) - 1);
    let k = state.listActive;
    switch (e.key) {
      case 'ArrowDown': k++; break;
      case 'ArrowUp': k--; break;
      case 'PageDown': k += page; break;
      case 'PageUp': k -= page; break;
      case 'Home': k = 0; break;
      case 'End': k = n - 1; break;
      case 'Enter': case ' ': select(state.listRows[state.listActive], { keepFocus: true }); e.preventDefault(); return;
      default: return;
    }
    e.preventDefault();
    state.listActive = Math.max(0, Math.min(n - 1, k));
    const top = state.listActive * LIST_ROW;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + LIST_ROW > list.scrollTop + list.clientHeight) list.scrollTop = top + LIST_ROW - list.clientHeight;
    renderList(false);
    announce(state.listRows[state.listActive]);
  });

  function showView(v) {
    state.view = v;
    $('timeline-view').hidden = v !== 'timeline';
    $('list-view').hidden = v !== 'list';
    $('tab-timeline').setAttribute('aria-selected', String(v === 'timeline'));
    $('tab-list').setAttribute('aria-selected', String(v === 'list'));
    if (v === 'list') renderList(false); else requestRender();
  }

  // ------------------------------------------------------------------ undated events

  const UNDATED_LIMIT = 200;
  function renderUndated() {
    const und = state.shown.filter((e) => e.kind === 'undated');
    const sec = $('undated');
    sec.hidden = und.length === 0;
    if (!und.length) return;
    $('undated-title').textContent = w('undated_title', { n: num(und.length) });
    const th = theme();
    const items = und.slice(0, UNDATED_LIMIT).map((ev) => el('li', null,
      el('button', { type: 'button', class: 'undated-item', onclick: () => select(ev) },
        el('span', { class: mkClass(ev.mod), style: { '--c': typeColor(ev.type, th) }, 'aria-hidden': 'true' }),
        el('span', { text: ev.title }))));
    if (und.length > UNDATED_LIMIT) items.push(el('li', { class: 'muted', text: w('more_values', { n: num(und.length - UNDATED_LIMIT) }) }));
    $('undated-list').replaceChildren(...items);
  }

  // ------------------------------------------------------------------ legend

  const legendMarks = [];
  function buildLegend() {
    const L = $('legend');
    const group = (title, items) => el('div', { class: 'legend-group' }, el('span', { class: 'legend-title', text: title }), ...items);
    const item = (fake, label) => {
      const c = el('canvas', { width: 30, height: 18, 'aria-hidden': 'true' });
      legendMarks.push([c, fake]);
      const look = fake.mod ? lookOf(fake.mod).label : 'normal';
      return el('span', { class: 'legend-item' }, c, el('span', { class: 'lab-' + look, text: label }));
    };
    const fake = (kind, mod, cert) => ({ kind, mod: mod || 'happened', cert: cert || 'explicit' });
    L.replaceChildren(
      group(w('legend_dates'), [item(fake('point'), w('legend_day')), item(fake('range'), w('legend_period')),
        item(fake('before'), w('legend_before')), item(fake('after'), w('legend_after')), item(fake('between'), w('legend_between')),
        item(fake('point', 'happened', 'inferred'), w('legend_inferred'))]),
      group(w('legend_modality'), [...MODALITIES.map((m) => item(fake('point', m), modLabel(m))),
        item({ kind: 'point', mod: 'happened', cert: 'explicit', conf: 0 }, w('legend_low_confidence', { n: num(LOW_CONF.below) }))]),
      group(w('legend_density'), [item({ kind: 'density' }, w('legend_density_text'))]));
    drawLegend();
  }
  function drawLegend() {
    const th = theme();
    const color = th.muted === th.text ? th.text : th.accent;
    for (const [c, ev] of legendMarks) {
      const cx = c.getContext('2d');
      sizeCanvas(c, cx, 30, 18);
      cx.clearRect(0, 0, 30, 18);
      const y = 9;
      if (ev.kind === 'density') {
        cx.fillStyle = color; cx.globalAlpha = 0.75;
        [5, 9, 14, 7].forEach((h, k) => cx.fillRect(3 + k * 6, 16 - h, 5, h));
        cx.globalAlpha = 1;
      } else if (ev.kind === 'point') drawMark(cx, ev, 10, 20, y, th, color);
      else if (ev.kind === 'before') drawMark(cx, ev, 2, 24, y, th, color);
      else if (ev.kind === 'after') drawMark(cx, ev, 6, 28, y, th, color);
      else drawMark(cx, ev, 3, 27, y, th, color);
    }
  }

  // ------------------------------------------------------------------ theme, print, controls

  function applyTheme() {
    const th = theme(), name = themeName();
    const root = document.documentElement;
    root.dataset.theme = name;
    for (const [k, v] of [['--bg', th.background], ['--text', th.text], ['--muted', th.muted], ['--grid', th.grid], ['--accent', th.accent]]) root.style.setProperty(k, v);
    const btn = $('theme-toggle');
    btn.textContent = name === 'dark' ? w('theme_light') : w('theme_dark');
    btn.title = w('theme_toggle');
    btn.setAttribute('aria-pressed', String(name === 'dark'));
    for (const L of state.laneDefs) if (L.type) L.color = typeColor(L.type, th);
    drawLegend();
    renderFacets();
    renderUndated();
    renderList(false);
    if (!details.hidden && state.selected) showDetails(state.selected);
    requestRender();
  }
  $('theme-toggle').addEventListener('click', () => {
    state.theme = themeName() === 'dark' ? 'light' : 'dark';
    try { localStorage.setItem('evgraph-theme', state.theme); } catch (e) { /* ignored */ }
    applyTheme();
  });
  if (mql) mql.addEventListener('change', () => { if (!state.theme) applyTheme(); });
  // print in light colours, drawn at once (a queued frame would come after the snapshot)
  window.addEventListener('beforeprint', () => { state.printing = true; applyTheme(); render(); });
  window.addEventListener('afterprint', () => { state.printing = false; applyTheme(); });

  function fillWords() {
    for (const n of document.querySelectorAll('[data-w]')) n.textContent = w(n.dataset.w);
    for (const n of document.querySelectorAll('[data-w-placeholder]')) n.placeholder = w(n.dataset.wPlaceholder);
    for (const n of document.querySelectorAll('[data-w-title]')) n.title = w(n.dataset.wTitle);
    for (const n of document.querySelectorAll('[data-w-aria-label]')) n.setAttribute('aria-label', w(n.dataset.wAriaLabel));
    $('page-title').textContent = typeof UI.title === 'string' && UI.title ? UI.title : w('title');
  }

  let searchTimer = 0;
  $('search').addEventListener('input', (e) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      state.query = e.target.value;
      state.tokens = fold(state.query).split(/\s+/).filter(Boolean);
      applyFilters();
    }, 120);
  });
  const dateInput = (id, key) => $(id).addEventListener('change', (e) => {
    const d = parseDay(e.target.value);
    state[key] = isNaN(d) ? null : d;
    applyFilters();
    if (state.dateFrom != null || state.dateTo != null) fit();
  });
  dateInput('date-from', 'dateFrom');
  dateInput('date-to', 'dateTo');
  $('date-from-view').addEventListener('click', () => {
    const a = Math.floor(tOf(plotX0())), b = Math.floor(tOf(plotX1()));
    state.dateFrom = a; state.dateTo = b;
    $('date-from').value = isoDay(a); $('date-to').value = isoDay(b);
    applyFilters();
  });
  if (extent) for (const id of ['date-from', 'date-to']) { $(id).min = isoDay(Math.ceil(extent[0])); $(id).max = isoDay(Math.floor(extent[1])); }
  $('reset-filters').addEventListener('click', resetFilters);
  $('lanes-mode').addEventListener('change', (e) => { state.lanes = e.target.value; buildLanes(); requestRender(); });
  $('zoom-in').addEventListener('click', () => zoomAnimated(2));
  $('zoom-out').addEventListener('click', () => zoomAnimated(0.5));
  $('zoom-fit').addEventListener('click', fit);
  $('tab-timeline').addEventListener('click', () => showView('timeline'));
  $('tab-list').addEventListener('click', () => showView('list'));
  // tabs pattern: arrows move between the two views
  for (const [id, other, v] of [['tab-timeline', 'tab-list', 'list'], ['tab-list', 'tab-timeline', 'timeline']]) {
    $(id).addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      e.preventDefault(); showView(v); $(other).focus();
    });
  }
  $('filters-toggle').addEventListener('click', (e) => {
    const open = document.body.classList.toggle('filters-open');
    e.target.setAttribute('aria-expanded', String(open));
  });
  new ResizeObserver(() => { requestRender(); renderList(false); }).observe($('main'));

  // A test hook: where an event's mark is on screen (client coordinates), or null when not drawn.
  window.evgraph = {
    markPosition(id) {
      const h = hits.find((x) => x.ev && x.ev.id === id);
      if (!h) return null;
      const r = canvas.getBoundingClientRect();
      return { x: r.left + (h.x0 + h.x1) / 2, y: r.top + (h.y0 + h.y1) / 2 };
    },
    missingWords: () => [...missingWords],
    /** Redraws n times at the current view; returns the mean time of one redraw in ms. */
    benchRender(n) {
      const t = performance.now();
      for (let k = 0; k < n; k++) { state.t0 += 1e-6; render(); }
      return (performance.now() - t) / n;
    },
  };

  // ------------------------------------------------------------------ start

  const T_PREPARED = performance.now();
  ctx.font = FONT_BOLD;
  laneW = 24;
  const laneNames = state.lanes === 'type' ? TYPE_ORDER.map(typeLabel) : [];
  for (const s of laneNames) laneW = Math.max(laneW, ctx.measureText(s).width + 30);
  laneW = Math.min(170, Math.max(120, laneW));
  fillWords();
  buildFacetSections();
  buildLegend();
  applyTheme();
  applyFilters();
  fit();
  render();
})();
