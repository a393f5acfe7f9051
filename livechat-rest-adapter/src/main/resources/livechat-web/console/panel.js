// The information panel of the selected conversation: every section of the seed's screen.
import { enc } from './api.js';
import { t, displayName, formatTime } from './i18n.js';
import { h, clear, icon, srOnly } from './dom.js';

const STATUSES = ['IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'LOOKING_FOR_HELP'];

export function renderPanel(state, actions) {
  const root = clear(document.getElementById('panel-body'));
  const p = state.panel;
  if (state.notice) root.append(h('p', { class: 'notice', role: 'alert', id: 'panel-notice' }, state.notice));
  if (!p) {
    root.append(h('p', { class: 'empty' }, t('panel.none')));
    return;
  }
  const api = state.api;
  const path = '/conversations/' + enc(p.id);
  const me = state.me;
  const present = p.operators.some((o) => o.id === me.id);
  const manager = me.role === 'LIVECHAT_MANAGER';
  const open = !p.closedAt;

  // join: on conversations looking for help that one is not in
  if (p.status === 'LOOKING_FOR_HELP' && !present)
    root.append(h('button', { type: 'button', id: 'join', class: 'primary', onclick: () => actions.act(() => api.post(path + '/join')) },
      icon('signin'), ' ', t('panel.join')));

  root.append(section('contact', t('panel.contact'), contactCard(p)));

  root.append(section('operators', t('panel.operators'),
    p.operators.length ? h('ul', {}, p.operators.map((o) => h('li', {}, o.name))) : h('p', { class: 'empty' }, t('panel.noOperator'))));

  if (open) {
    const select = h('select', { id: 'status', disabled: !(present || manager),
      onchange: (e) => actions.act(() => api.put(path + '/status', { status: e.target.value }), () => document.getElementById('status').focus()) },
      STATUSES.map((s) => h('option', { value: s, selected: s === p.status }, t('status.' + s))));
    root.append(section('status', t('panel.status'),
      h('label', { for: 'status', class: 'visually-hidden' }, t('panel.status')), select,
      p.status === 'WAITING_FOR_CUSTOMER' ? h('p', { class: 'waiting-note' }, icon('hourglass'), ' ', t('status.WAITING_FOR_CUSTOMER')) : null,
      h('p', { class: 'hint' }, t('panel.statusSince', { time: formatTime(p.statusSince) }))));
  } else {
    root.append(section('outcome', t('panel.outcome'),
      h('p', { id: 'outcome', class: 'outcome' }, t('outcome.' + p.outcome)),
      h('p', { class: 'hint' }, t('panel.closedAt', { time: formatTime(p.closedAt) }))));
  }

  if (p.rating)
    root.append(section('rating', t('panel.rating'),
      h('p', { id: 'rating' }, t('panel.ratingScore', { score: p.rating.score })),
      p.rating.comment ? h('blockquote', { class: 'rating-comment' }, p.rating.comment) : null));

  if (open && present) root.append(section('transfer', t('panel.transfer'), transferForm(state, actions, path)));

  root.append(section('note', t('panel.note'), noteField(state, actions, path)));
  root.append(section('tags', t('panel.tags'), tagsField(state, actions, path)));

  if (p.chatbotAnswers.length)
    root.append(section('chatbot', t('panel.chatbot'),
      h('dl', { class: 'answers' }, p.chatbotAnswers.map((a) => [h('dt', {}, a.question), h('dd', {}, a.answer)]))));

  root.append(section('expertise', t('panel.expertise'), expertiseField(state, actions, path)));

  root.append(section('country', t('panel.countryLanguage'),
    h('dl', { class: 'facts' },
      h('dt', {}, t('panel.country')), h('dd', { id: 'country' }, p.country ? displayName('region', p.country) + ' (' + p.country + ')' : '—'),
      h('dt', {}, t('panel.language')), h('dd', { id: 'language' }, p.language ? displayName('language', p.language) + ' (' + p.language + ')' : '—'))));

  root.append(section('recent', t('panel.recent'),
    p.recentConversations.length
      ? h('ul', { class: 'recent' }, p.recentConversations.map((r) => h('li', {},
          h('a', { href: '#c=' + r.id }, formatTime(r.startedAt)), ' ',
          r.outcome ? t('outcome.' + r.outcome) : t('panel.ongoing'), ' ',
          h('a', { href: '/#c=' + r.id, target: '_blank', rel: 'noopener noreferrer' }, icon('external'), srOnly(t('panel.newTab'))))))
      : h('p', { class: 'empty' }, t('panel.noRecent'))));

  if (p.openTickets.length)
    root.append(section('tickets', t('panel.tickets'),
      h('ul', {}, p.openTickets.map((k) => h('li', {},
        k.url ? h('a', { href: k.url, target: '_blank', rel: 'noopener noreferrer' }, k.reference + ' — ' + k.title, ' ', icon('external'), srOnly(t('panel.newTab')))
              : k.reference + ' — ' + k.title)))));

  root.append(section('assignment', t('panel.assignment'),
    h('p', {}, t('panel.rule'), ' ', h('strong', { id: 'rule' }, t('rule.' + p.assignment.rule))),
    p.assignment.trace && p.assignment.trace.length
      ? h('details', {}, h('summary', {}, t('panel.trace')), h('ol', { class: 'trace' }, p.assignment.trace.map((line) => h('li', {}, line))))
      : null));

  if (p.seen)
    root.append(section('seen', t('panel.seen'),
      h('p', { id: 'seen' }, t('panel.seenBy', { visitor: p.seen.visitor, operator: p.seen.operator }))));

  root.append(section('transcript', t('panel.transcript'), transcriptField(state, actions, path, open)));
}

function section(name, title, ...content) {
  const id = 'section-' + name;
  return h('section', { class: 'panel-section', 'aria-labelledby': id, 'data-section': name }, h('h3', { id }, title), content);
}

function contactCard(p) {
  const c = p.contact;
  if (!c)
    return [h('p', { class: 'visitor' }, p.visitor.name, p.visitor.email ? ' · ' + p.visitor.email : ''), h('p', { class: 'hint' }, t('panel.guest'))];
  return h('div', { class: 'card' },
    h('p', { class: 'name' }, c.name),
    c.email ? h('p', {}, h('a', { href: 'mailto:' + c.email }, c.email)) : null,
    c.phone ? h('p', {}, h('a', { href: 'tel:' + c.phone }, c.phone)) : null,
    c.links.length ? h('ul', { class: 'links' }, c.links.map((l) => h('li', {},
      h('a', { href: safeUrl(l.url), target: '_blank', rel: 'noopener noreferrer' }, l.label, ' ', icon('external'), srOnly(t('panel.newTab')))))) : null);
}

/** Only web and mail links: a javascript: URL from the directory must not run. */
function safeUrl(url) {
  return /^(https?:|mailto:)/i.test(url) ? url : '#';
}

function transferForm(state, actions, path) {
  const p = state.panel;
  const candidates = [...state.operators.entries()].filter(([id]) => !p.operators.some((o) => o.id === id));
  const select = h('select', { id: 'transfer-to', required: true },
    h('option', { value: '' }, t('panel.transferChoose')),
    candidates.map(([id, name]) => h('option', { value: id }, name)));
  const leave = h('input', { type: 'checkbox', id: 'transfer-leave', checked: true });
  return h('form', { class: 'transfer', onsubmit: (e) => {
      e.preventDefault();
      if (!select.value) return;
      actions.act(() => state.api.post(path + '/transfer', { operatorId: select.value, leave: leave.checked }));
    } },
    h('label', { for: 'transfer-to' }, t('panel.transferTo')), select,
    h('span', { class: 'check' }, leave, h('label', { for: 'transfer-leave' }, t('panel.transferLeave'))),
    h('button', { type: 'submit' }, t('panel.transferDo')));
}

function noteField(state, actions, path) {
  const p = state.panel;
  const area = h('textarea', { id: 'note', rows: 3 });
  area.value = p.note || '';
  area.addEventListener('blur', () => {
    if (area.value === (p.note || '')) return;
    actions.act(() => state.api.put(path + '/note', { note: area.value }));
  });
  return [h('label', { for: 'note', class: 'visually-hidden' }, t('panel.note')), area,
    p.noteEditedBy ? h('p', { class: 'hint', id: 'note-edited' }, t('panel.noteEdited', { name: p.noteEditedBy, time: formatTime(p.noteEditedAt) })) : null];
}

function tagsField(state, actions, path) {
  const p = state.panel;
  const list = h('datalist', { id: 'tag-options' });
  const input = h('input', { id: 'tag-input', list: 'tag-options', autocomplete: 'off', maxlength: 50 });
  input.addEventListener('input', async () => {
    const prefix = input.value.trim();
    if (!prefix) return;
    const tags = await state.api.get('/tags?prefix=' + enc(prefix));
    clear(list).append(...tags.map((tag) => h('option', { value: tag.name })));
  });
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const name = input.value.trim();
    if (name) actions.act(() => state.api.post(path + '/tags', { name }), () => document.getElementById('tag-input').focus());
  });
  return [chips('tag', p.tags, (name) => actions.act(() => state.api.del(path + '/tags/' + enc(name)))),
    h('label', { for: 'tag-input' }, t('panel.tagAdd')), input, list];
}

function expertiseField(state, actions, path) {
  const p = state.panel;
  const known = new Set([...(state.me.expertise || []), ...p.expertise]);
  const list = h('datalist', { id: 'expertise-options' }, [...known].sort().map((name) => h('option', { value: name })));
  const input = h('input', { id: 'expertise-input', list: 'expertise-options', autocomplete: 'off', maxlength: 50 });
  const put = (names) => actions.act(() => state.api.put(path + '/expertise', { names }), () => document.getElementById('expertise-input').focus());
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const name = input.value.trim();
    if (name && !p.expertise.includes(name)) put([...p.expertise, name]);
  });
  return [chips('expertise', p.expertise, (name) => put(p.expertise.filter((x) => x !== name))),
    h('label', { for: 'expertise-input' }, t('panel.expertiseAdd')), input, list];
}

function chips(kind, names, remove) {
  if (!names.length) return h('p', { class: 'empty' }, t('panel.none.' + kind));
  return h('ul', { class: 'chips', id: kind + '-chips' }, names.map((name) => h('li', { class: 'chip' },
    h('span', {}, name),
    h('button', { type: 'button', class: 'remove', 'aria-label': t('panel.remove', { name }), onclick: () => remove(name) }, '×'))));
}

function transcriptField(state, actions, path, open) {
  const p = state.panel;
  const input = h('input', { id: 'transcript-email', type: 'email', required: true, autocomplete: 'off' });
  input.value = p.transcriptEmail || '';
  const requests = state.transcripts || [];
  return [
    h('form', { class: 'transcript', onsubmit: (e) => {
        e.preventDefault();
        actions.act(() => state.api.post(path + '/transcript', { email: input.value }));
      } },
      h('label', { for: 'transcript-email' }, t('panel.transcriptTo')), input,
      h('button', { type: 'submit', id: 'send-transcript', disabled: open }, icon('plane'), ' ', t('panel.transcriptSend')),
      open ? h('p', { class: 'hint' }, t('panel.transcriptWhenClosed')) : null),
    requests.length
      ? h('ul', { class: 'transcripts', id: 'transcript-states', 'aria-live': 'polite' }, requests.map((r) => h('li', { 'data-state': r.state },
          r.email, ': ', h('strong', {}, t('transcript.' + r.state)), r.lastError ? ' (' + r.lastError + ')' : '')))
      : null,
  ];
}
