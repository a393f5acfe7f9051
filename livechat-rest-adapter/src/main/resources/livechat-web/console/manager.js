// A manager's views: channels, users (the token shown once), contacts and tickets, reports as a
// table and a chart drawn by uPlot (served from the jar as a WebJar).
import { enc } from './api.js';
import { t } from './i18n.js';
import { h, clear } from './dom.js';

const $ = (id) => document.getElementById(id);
let wired = false;
let chart = null;

export async function showManagerView(view, state) {
  if (!wired) wire(state);
  wired = true;
  if (view === 'channels') await renderChannels(state);
  if (view === 'users') await renderUsers(state);
  if (view === 'reports') await renderReport(state);
  const heading = $(view + '-title');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

function wire(state) {
  const api = state.api;
  $('channel-form').addEventListener('submit', (e) => submit(e, 'channel-error', async () => {
    const max = $('channel-max').value;
    await api.post('/channels', { name: $('channel-name').value, maxSessionsPerOperator: max ? Number(max) : null });
    $('channel-form').reset();
    await renderChannels(state);
  }));
  $('user-form').addEventListener('submit', (e) => submit(e, 'user-error', async () => {
    const created = await api.post('/users', {
      name: $('user-name').value,
      email: $('user-email').value,
      role: $('user-role').value,
      mainLanguage: $('user-lang').value,
      languages: [],
      country: $('user-country').value || null,
      expertise: $('user-expertise').value.split(',').map((s) => s.trim()).filter(Boolean),
      channels: [...$('user-channels').selectedOptions].map((o) => o.value),
    });
    $('user-form').reset();
    clear($('user-token')).append(
      h('p', {}, t('users.tokenOnce', { name: created.name })),
      h('code', { id: 'created-token' }, created.token));
    await renderUsers(state);
  }));
  $('contact-form').addEventListener('submit', (e) => submit(e, 'contact-error', async () => {
    const label = $('contact-link-label').value;
    const url = $('contact-link-url').value;
    await api.put('/contacts/' + enc($('contact-id').value), {
      name: $('contact-name').value,
      email: $('contact-email').value || null,
      phone: $('contact-phone').value || null,
      links: label && url ? [{ label, url }] : [],
    });
    $('directory-done').textContent = t('directory.saved');
  }));
  $('ticket-form').addEventListener('submit', (e) => submit(e, 'ticket-error', async () => {
    await api.put('/tickets/' + enc($('ticket-id').value), {
      contactId: $('ticket-contact').value,
      reference: $('ticket-reference').value,
      title: $('ticket-title-input').value,
      status: $('ticket-status').value,
      url: $('ticket-url').value || null,
    });
    $('directory-done').textContent = t('directory.saved');
  }));
  const today = new Date();
  const monthAgo = new Date(today.getTime() - 30 * 86400000);
  $('report-from').value = monthAgo.toISOString().slice(0, 10);
  $('report-to').value = new Date(today.getTime() + 86400000).toISOString().slice(0, 10);
  $('report-form').addEventListener('submit', (e) => {
    e.preventDefault();
    renderReport(state);
  });
}

async function submit(e, errorId, work) {
  e.preventDefault();
  $(errorId).textContent = '';
  try {
    await work();
  } catch (err) {
    $(errorId).textContent = err.message;
  }
}

function table(el, headers, rows) {
  clear(el).append(
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell) => h('td', {}, cell))))));
}

async function renderChannels(state) {
  const channels = await state.api.get('/channels');
  table($('channels-table'), [t('channels.name'), t('channels.max'), t('channels.origins'), 'id'],
    channels.map((c) => [c.name, c.maxSessionsPerOperator ?? '∞', c.allowedOrigins.join(', '), c.id]));
}

async function renderUsers(state) {
  const [users, channels] = await Promise.all([state.api.get('/users'), state.api.get('/channels')]);
  const names = new Map(channels.map((c) => [c.id, c.name]));
  table($('users-table'), [t('users.name'), t('users.role'), t('presence.label'), t('users.expertise'), t('users.channels')],
    users.map((u) => [u.name, u.role, t('presence.' + u.presence), u.expertise.join(', '), u.channels.map((id) => names.get(id) || id).join(', ')]));
  const select = clear($('user-channels'));
  for (const c of channels) select.append(h('option', { value: c.id }, c.name));
}

async function renderReport(state) {
  const group = $('report-group').value;
  const from = new Date($('report-from').value + 'T00:00:00Z').toISOString();
  const to = new Date($('report-to').value + 'T00:00:00Z').toISOString();
  const rows = await state.api.get('/reports/conversations?groupBy=' + enc(group) + '&from=' + enc(from) + '&to=' + enc(to));
  const keyText = (key) => (group === 'outcome' ? t('outcome.' + key) : key);
  table($('report-table'), [t('reports.' + group), t('reports.count'), t('reports.duration'), t('reports.firstResponse'), t('reports.messages')],
    rows.map((r) => [keyText(r.key), r.count, round(r.avgDurationSeconds), round(r.avgFirstResponseSeconds), round(r.avgMessages)]));
  drawChart(group, rows, keyText);
}

function round(x) {
  return x === null || x === undefined ? '—' : Math.round(x * 10) / 10;
}

/** Bars by category (outcome, tag…), a line by day. */
function drawChart(group, rows, keyText) {
  const root = clear($('report-chart'));
  if (chart) chart.destroy();
  chart = null;
  if (!window.uPlot || rows.length === 0) return;
  const byDay = group === 'day';
  const xs = byDay ? rows.map((r) => Date.parse(r.key) / 1000) : rows.map((_, i) => i);
  const ys = rows.map((r) => r.count);
  const labels = rows.map((r) => keyText(r.key));
  root.setAttribute('aria-label', t('reports.chartLabel', { group: t('reports.' + group) }) + ': ' + labels.map((l, i) => l + ' ' + ys[i]).join(', '));
  const width = Math.max(320, Math.min(720, root.clientWidth || 640));
  chart = new window.uPlot({
    width,
    height: 260,
    legend: { show: false },
    scales: { x: byDay ? { time: true } : { time: false, range: () => [-0.5, rows.length - 0.5] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [byDay ? {} : { values: (u, splits) => splits.map((i) => labels[i] ?? '') , splits: () => labels.map((_, i) => i) }, {}],
    series: [
      {},
      byDay
        ? { label: t('reports.count'), stroke: '#1f5fa8', width: 2, points: { show: true } }
        : { label: t('reports.count'), stroke: '#1f5fa8', fill: '#1f5fa833', paths: window.uPlot.paths.bars({ size: [0.6, 60] }), points: { show: false } },
    ],
  }, [xs, ys], root);
}
