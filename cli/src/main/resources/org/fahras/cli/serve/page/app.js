// Fahras search page. Article text is untrusted: it only ever enters the page as text (textContent, text nodes),
// never as markup; the server's Content-Security-Policy also forbids inline script and enforces Trusted Types.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const form = $('search');
  const queryInput = $('q');
  const asOfInput = $('as_of');
  const andInput = $('and');
  const explainInput = $('explain');
  const statusLine = $('status');
  const filters = $('filters');
  const intentLine = $('intent');
  const histogram = $('histogram');
  const hitList = $('hits');
  const pager = $('pager');
  const sourceList = document.querySelector('#sources ul');

  /** What the URL carries: a search can be shared and reloaded. */
  const STATE = ['q', 'as_of', 'page', 'source', 'after', 'before', 'and', 'explain', 'copies'];
  const numbers = new Intl.NumberFormat('ar-EG');
  let latest = 0; // the newest search sent; older answers are dropped
  let renders = 0;

  function readState() {
    const params = new URLSearchParams(location.search);
    const state = {};
    for (const key of STATE) {
      const value = params.get(key);
      if (value !== null && value !== '') state[key] = value;
    }
    return state;
  }

  function stateUrl(state) {
    const params = new URLSearchParams();
    for (const key of STATE) if (state[key]) params.set(key, state[key]);
    const query = params.toString();
    return query ? '/?' + query : '/';
  }

  /** Changes the state, records it in the URL (a new history entry) and searches. */
  function navigate(changes) {
    const state = Object.assign(readState(), changes);
    for (const key of Object.keys(state)) if (!state[key]) delete state[key];
    if (state.page === '1') delete state.page;
    history.pushState(null, '', stateUrl(state));
    search(state);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** An http(s) address as a link target, or null: a javascript: or data: URL in an article never becomes a link. */
  function safeUrl(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function monthAfter(month) {
    const [year, number] = month.split('-').map(Number);
    const next = number === 12 ? [year + 1, 1] : [year, number + 1];
    return next[0] + '-' + String(next[1]).padStart(2, '0');
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    return { ok: response.ok, body };
  }

  function fillForm(state) {
    queryInput.value = state.q || '';
    asOfInput.value = state.as_of || '';
    andInput.checked = state.and === '1';
    explainInput.checked = state.explain === '1';
  }

  function finished() {
    renders += 1;
    document.body.dataset.renders = String(renders);
    document.body.removeAttribute('aria-busy');
  }

  async function search(state) {
    fillForm(state);
    renderFilters(state);
    markActiveSource(state.source);
    if (state.q === undefined && !state.source && !state.after && !state.before) {
      clearResults();
      finished();
      return;
    }
    const params = new URLSearchParams();
    params.set('q', state.q || '');
    for (const key of ['as_of', 'page', 'source', 'after', 'before', 'and', 'explain', 'copies']) {
      if (state[key]) params.set(key, state[key]);
    }
    params.set('histogram', '1');
    const mine = ++latest;
    document.body.setAttribute('aria-busy', 'true');
    statusLine.className = '';
    statusLine.textContent = 'جارٍ البحث…';
    let answer;
    try {
      answer = await getJson('/api/search?' + params.toString());
    } catch (e) {
      if (mine !== latest) return;
      showError({ error: 'تعذّر الوصول إلى الخادم' });
      finished();
      return;
    }
    if (mine !== latest) return;
    if (answer.ok) {
      render(answer.body, state);
    } else {
      showError(answer.body);
    }
    finished();
  }

  function clearResults() {
    intentLine.hidden = true;
    histogram.hidden = true;
    pager.hidden = true;
    hitList.replaceChildren();
  }

  function showError(body) {
    clearResults();
    statusLine.className = 'error';
    const where = body.position !== undefined ? ' (الموضع ' + body.position + ')' : '';
    statusLine.textContent = 'تعذّر البحث: ' + (body.error || 'خطأ غير معروف') + where;
    if (body.parameter === 'q' && typeof body.position === 'number') {
      queryInput.focus();
      queryInput.setSelectionRange(body.position, Math.min(body.position + 1, queryInput.value.length));
    }
  }

  function render(body, state) {
    const total = numbers.format(body.total);
    const counted = body.total_is_exact ? total : '≥ ' + total;
    statusLine.textContent =
      counted + ' مقالة مطابقة' +
      (body.stories !== null && body.stories !== body.total ? '، في ' + numbers.format(body.stories) + ' خبرًا' : '') +
      '، كما في يوم ' + body.as_of + (body.page > 1 ? '، الصفحة ' + numbers.format(body.page) : '');
    renderIntent(body.intent);
    renderHistogram(body.histogram || [], state);
    hitList.replaceChildren(...body.hits.map((hit, i) => renderHit(hit, (body.page - 1) * body.limit + i + 1)));
    if (body.hits.length === 0) {
      hitList.append(element('li', 'empty', 'لا نتائج. جرّب كلمات أقل أو أزل أحد المرشِّحات.'));
    }
    renderPager(body);
  }

  function renderIntent(intent) {
    if (!intent) {
      intentLine.hidden = true;
      return;
    }
    const value = element('span', 'value');
    value.dir = 'ltr';
    const words = document.createElement('bdi');
    words.textContent = intent.words;
    value.append(words, ' → ' + intent.first + ' … ' + intent.last);
    intentLine.replaceChildren('الزمن المطلوب: ', value);
    intentLine.hidden = false;
  }

  /** Every month from the first to the last with a match, so the bars keep time's proportions. */
  function months(histogramData) {
    const counts = new Map(histogramData.map((bar) => [bar.month, bar.count]));
    const all = [];
    if (histogramData.length === 0) return all;
    const last = histogramData[histogramData.length - 1].month;
    for (let month = histogramData[0].month; all.length < 1200; month = monthAfter(month)) {
      all.push({ month, count: counts.get(month) || 0 });
      if (month === last) break;
    }
    return all;
  }

  function renderHistogram(histogramData, state) {
    const bars = histogram.querySelector('.bars');
    const data = months(histogramData);
    if (data.length === 0) {
      histogram.hidden = true;
      bars.replaceChildren();
      return;
    }
    const most = Math.max(...data.map((bar) => bar.count));
    const chosen = state.after && state.before === (state.after.length === 7 ? monthAfter(state.after) : null) ? state.after : null;
    bars.replaceChildren(...data.map((bar) => {
      const button = element('button', 'bar' + (bar.month === chosen ? ' active' : ''));
      button.type = 'button';
      button.dataset.month = bar.month;
      button.dataset.count = String(bar.count);
      button.title = bar.month + ': ' + numbers.format(bar.count);
      button.setAttribute('aria-label', 'شهر ' + bar.month + '، ' + numbers.format(bar.count) + ' مقالة');
      const fill = element('span', 'fill');
      // A CSSOM property, not a style attribute: allowed under a CSP without 'unsafe-inline'.
      fill.style.height = (bar.count === 0 ? 0 : Math.max(3, Math.round((100 * bar.count) / most))) + '%';
      button.append(fill);
      button.addEventListener('click', () => navigate({ after: bar.month, before: monthAfter(bar.month), page: '' }));
      return button;
    }));
    histogram.querySelector('.axis .first').textContent = data[0].month;
    histogram.querySelector('.axis .last').textContent = data[data.length - 1].month;
    histogram.hidden = false;
  }

  function renderHit(hit, rank) {
    const item = element('li', 'hit');
    item.dataset.id = hit.id;
    const heading = element('h3');
    heading.append(rank + '. ', titleOf(hit));
    item.append(heading, meta(hit, true));
    if (hit.snippet) item.append(snippet(hit.snippet));
    if (hit.explain) item.append(explanation(hit.explain, hit.score));
    if (hit.duplicate_count > 0) item.append(copies(hit.duplicates, hit.duplicate_count));
    return item;
  }

  /** The article's title as text, in a link when it has an http(s) address. */
  function titleOf(article) {
    const url = safeUrl(article.url);
    const title = element(url ? 'a' : 'span', 'title', article.title || article.id);
    if (url) {
      title.href = url;
      title.rel = 'noopener noreferrer';
      title.target = '_blank';
    }
    return title;
  }

  /** Source · publication day with its Hijri date · score. */
  function meta(hit, withScore) {
    const line = element('p', 'meta');
    const parts = [];
    if (hit.source) parts.push(element('span', 'source', hit.source));
    if (hit.published) {
      const day = element('span', 'day');
      const time = element('time', null, hit.published);
      time.dateTime = hit.published;
      day.append(time);
      if (hit.hijri) day.append(' ', element('span', 'hijri', '(' + hit.hijri + ')'));
      parts.push(day);
    } else {
      parts.push(element('span', 'day', 'بلا تاريخ'));
    }
    if (withScore) parts.push(element('span', 'score', hit.score.toFixed(3)));
    parts.forEach((part, i) => {
      if (i > 0) line.append(element('span', 'sep', '·'));
      line.append(part);
    });
    return line;
  }

  /** The snippet's text with each highlight span (whole words) in a <mark>, built from text nodes. */
  function snippet(data) {
    const paragraph = element('p', 'snippet');
    const text = data.text;
    let at = 0;
    for (const [start, end] of data.highlights) {
      if (start > at) paragraph.append(text.slice(at, start));
      paragraph.append(element('mark', null, text.slice(start, end)));
      at = end;
    }
    if (at < text.length) paragraph.append(text.slice(at));
    return paragraph;
  }

  function explanation(parts, score) {
    const list = element('dl', 'explain');
    const rows = [['النص', parts.text], ['الحداثة', parts.recency], ['الزمن المطلوب', parts.intent], ['المجموع', score]];
    for (const [name, value] of rows) {
      const row = element('div');
      row.append(element('dt', null, name), element('dd', null, Number(value).toFixed(3)));
      list.append(row);
    }
    return list;
  }

  /** The story's other copies, folded: those the answer lists, then how many more it only counted. */
  function copies(duplicates, total) {
    const details = element('details', 'copies');
    const count = total === 1 ? 'نسخة أخرى' : numbers.format(total) + ' نسخ أخرى';
    details.append(element('summary', null, count + ' من الخبر نفسه'));
    const list = element('ul');
    for (const copy of duplicates) {
      const item = element('li', 'copy');
      item.dataset.id = copy.id;
      item.append(titleOf(copy), meta(copy, false));
      list.append(item);
    }
    if (total > duplicates.length) {
      const more = total - duplicates.length;
      list.append(element('li', 'copy-more', 'و' + (more === 1 ? 'نسخة أخرى' : numbers.format(more) + ' نسخ أخرى') + ' لم تُعرض'));
    }
    details.append(list);
    return details;
  }

  function renderPager(body) {
    pager.hidden = body.page === 1 && !body.has_more;
    $('prev').disabled = body.page <= 1;
    $('next').disabled = !body.has_more;
    $('page-number').textContent = 'الصفحة ' + numbers.format(body.page);
  }

  function renderFilters(state) {
    const chips = [];
    const chip = (label, clear) => {
      const button = element('button', 'chip', '× ' + label);
      button.type = 'button';
      button.addEventListener('click', () => navigate(Object.assign({ page: '' }, clear)));
      chips.push(button);
    };
    if (state.source) chip('المصدر: ' + state.source, { source: '' });
    if (state.after && state.after.length === 7 && state.before === monthAfter(state.after)) {
      chip('الشهر: ' + state.after, { after: '', before: '' });
    } else {
      if (state.after) chip('من ' + state.after, { after: '' });
      if (state.before) chip('قبل ' + state.before, { before: '' });
    }
    filters.replaceChildren(...chips);
  }

  function markActiveSource(source) {
    for (const button of sourceList.querySelectorAll('button')) {
      button.classList.toggle('active', button.dataset.source === source);
    }
  }

  async function loadSources() {
    let answer;
    try {
      answer = await getJson('/api/stats');
    } catch (e) {
      return;
    }
    if (!answer.ok) return;
    const sources = Object.entries(answer.body.sources).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ar'));
    sourceList.replaceChildren(...sources.map(([name, count]) => {
      const item = element('li');
      const button = element('button');
      button.type = 'button';
      button.dataset.source = name;
      button.append(element('span', 'name', name), element('span', 'count', numbers.format(count)));
      button.addEventListener('click', () => navigate({ source: name, page: '' }));
      item.append(button);
      return item;
    }));
    markActiveSource(readState().source);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({
      q: queryInput.value.trim(),
      as_of: asOfInput.value,
      and: andInput.checked ? '1' : '',
      explain: explainInput.checked ? '1' : '',
      page: '',
    });
  });
  explainInput.addEventListener('change', () => navigate({ explain: explainInput.checked ? '1' : '' }));
  andInput.addEventListener('change', () => navigate({ and: andInput.checked ? '1' : '', page: '' }));
  $('prev').addEventListener('click', () => {
    navigate({ page: String(Math.max(1, Number(readState().page || 1) - 1)) });
    window.scrollTo(0, 0);
  });
  $('next').addEventListener('click', () => {
    navigate({ page: String(Number(readState().page || 1) + 1) });
    window.scrollTo(0, 0);
  });
  window.addEventListener('popstate', () => search(readState()));

  loadSources();
  search(readState());
})();
