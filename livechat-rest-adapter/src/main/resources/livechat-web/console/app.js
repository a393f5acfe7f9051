// The operator console: sign-in, the lists (left), the conversation (middle), the information
// panel (right), and for managers the administration views. State lives here; the panel and the
// manager views render from it.
import { createApi, enc } from './api.js';
import { openStream } from './stream.js';
import { loadLanguage, t, preferredLanguage, keepLanguage, formatTime } from './i18n.js';
import { h, clear, srOnly, icon } from './dom.js';
import { renderPanel } from './panel.js';
import { showManagerView } from './manager.js';

const TOKEN_KEY = 'livechat.console.token';
const $ = (id) => document.getElementById(id);

const state = {
  api: null,
  me: null,
  channels: new Map(), // id -> name
  conversations: new Map(), // id -> summary (+ channelName)
  helpQueue: [],
  mine: new Set(), // ids taken part in, from /me/conversations and the stream
  operators: new Map(), // id -> name, everyone seen in lists: transfer candidates
  unread: new Map(),
  selected: null,
  panel: null,
  lastSeq: 0,
  stream: null,
  refreshTimer: null,
  notice: null,
};

async function boot() {
  await loadLanguage(preferredLanguage());
  $('lang').value = preferredLanguage();
  $('lang').addEventListener('change', async (e) => {
    keepLanguage(e.target.value);
    await loadLanguage(e.target.value);
    renderAll();
  });
  $('signin-form').addEventListener('submit', (e) => {
    e.preventDefault();
    signIn($('token').value.trim());
  });
  $('signout').addEventListener('click', signOut);
  $('presence').addEventListener('change', changePresence);
  $('reply-form').addEventListener('submit', (e) => {
    e.preventDefault();
    sendReply();
  });
  $('reply').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      sendReply();
    }
  });
  $('close-conversation').addEventListener('click', closeConversation);
  $('help-from').addEventListener('change', () => refreshLists());
  for (const button of $('views').querySelectorAll('button')) button.addEventListener('click', () => showView(button.dataset.view));
  window.addEventListener('hashchange', selectFromHash);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) await signIn(token);
  else showSignIn();
}

function showSignIn(message) {
  $('console').hidden = true;
  $('signin').hidden = false;
  $('signin-error').textContent = message || '';
  $('token').focus();
}

async function signIn(token) {
  if (!token) return;
  const api = createApi(token);
  let me;
  try {
    me = await api.get('/me');
  } catch (e) {
    sessionStorage.removeItem(TOKEN_KEY);
    showSignIn(e.status === 401 ? t('signin.unknown') : e.status === 403 ? t('signin.noAccess') : e.message);
    return;
  }
  if (me.role === 'USER') {
    showSignIn(t('signin.noAccess'));
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  state.api = api;
  state.me = me;
  $('token').value = '';
  $('signin').hidden = true;
  $('console').hidden = false;
  $('me-name').textContent = me.name;
  $('presence').value = me.presence;
  $('views').hidden = me.role !== 'LIVECHAT_MANAGER';
  state.stream = openStream({
    url: '/api/v1/events',
    token,
    onEvent,
    onState: (s) => {
      $('stream-state').textContent = t('stream.' + s);
      if (s === 'live') scheduleRefresh(0); // after a reconnect, catch up the lists
    },
  });
  if (me.role === 'LIVECHAT_MANAGER') {
    // a manager may list users: every live chat user is a transfer candidate
    const users = await api.get('/users');
    for (const u of users) if (u.role !== 'USER') state.operators.set(u.id, u.name);
  }
  await refreshLists();
  selectFromHash();
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  if (state.stream) state.stream.close();
  location.hash = '';
  location.reload();
}

async function changePresence(e) {
  try {
    state.me = await state.api.put('/me/presence', { presence: e.target.value });
  } catch (err) {
    e.target.value = state.me.presence;
  }
}

function showView(view) {
  for (const button of $('views').querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.view === view));
  $('view-conversations').hidden = view !== 'conversations';
  for (const name of ['channels', 'users', 'directory', 'reports']) $('view-' + name).hidden = view !== name;
  if (view !== 'conversations') showManagerView(view, state);
}

// ---- the lists ---------------------------------------------------------------------------

async function refreshLists() {
  const api = state.api;
  const from = $('help-from').value;
  const helpQuery = '/conversations?status=LOOKING_FOR_HELP' + (from ? '&from=' + enc(new Date(from + 'T00:00:00').toISOString()) : '');
  const [channels, list, help, mine] = await Promise.all([
    api.get('/channels'),
    api.get('/conversations?limit=200'),
    api.get(helpQuery),
    api.get('/me/conversations'),
  ]);
  for (const c of channels) state.channels.set(c.id, c.name); // kept: names learnt from panels stay
  const conversations = new Map();
  for (const c of list) conversations.set(c.id, c);
  state.mine = new Set(mine);
  // conversations taken part in outside one's channels: their panel says where they belong
  for (const id of mine) {
    if (conversations.has(id)) continue;
    try {
      const p = await api.get('/conversations/' + enc(id) + '/panel');
      state.channels.set(p.channel.id, p.channel.name);
      conversations.set(id, {
        id,
        channelId: p.channel.id,
        visitorName: p.visitor.name,
        status: p.status,
        operators: p.operators,
        startedAt: p.startedAt,
        closedAt: p.closedAt,
        outcome: p.outcome,
      });
    } catch (e) {
      /* gone meanwhile */
    }
  }
  // a conversation open here stays listed, closed or not
  if (state.selected && !conversations.has(state.selected) && state.conversations.has(state.selected))
    conversations.set(state.selected, state.conversations.get(state.selected));
  state.conversations = conversations;
  state.helpQueue = help;
  for (const c of [...list, ...help]) for (const o of c.operators || []) state.operators.set(o.id, o.name);
  renderLists();
}

function scheduleRefresh(delay) {
  clearTimeout(state.refreshTimer);
  state.refreshTimer = setTimeout(() => refreshLists().catch(() => {}), delay === undefined ? 150 : delay);
}

function isMine(c) {
  if (state.me.role === 'LIVECHAT_MANAGER') return true;
  return state.mine.has(c.id) || (c.operators || []).some((o) => o.id === state.me.id) || c.id === state.selected;
}

function renderLists() {
  const root = clear($('list-root'));
  const byChannel = new Map();
  for (const c of state.conversations.values()) {
    if (c.status === 'LOOKING_FOR_HELP' || !isMine(c)) continue;
    if (!byChannel.has(c.channelId)) byChannel.set(c.channelId, []);
    byChannel.get(c.channelId).push(c);
  }
  const headings = [...byChannel.keys()].sort((a, b) => channelName(a).localeCompare(channelName(b)));
  for (const channelId of headings) {
    const id = 'channel-' + channelId;
    root.append(
      h('section', { class: 'group', 'aria-labelledby': id },
        h('h3', { id }, channelName(channelId)),
        h('ul', { class: 'conversations' }, byChannel.get(channelId).map((c) => item(c, false)))));
  }
  if (headings.length === 0) root.append(h('p', { class: 'empty' }, t('lists.empty')));
  root.append(
    h('section', { class: 'group help', 'aria-labelledby': 'help-title' },
      h('h3', { id: 'help-title' }, icon('exclamation'), ' ', t('help.title')),
      state.helpQueue.length === 0
        ? h('p', { class: 'empty' }, t('help.empty'))
        : h('ul', { class: 'conversations' }, state.helpQueue.map((c) => item(c, true)))));
}

function channelName(id) {
  return state.channels.get(id) || id;
}

function item(c, inHelpQueue) {
  const unread = state.unread.get(c.id) || 0;
  const waiting = c.status === 'WAITING_FOR_CUSTOMER';
  const classes = ['conversation'];
  if (waiting) classes.push('waiting');
  if (c.status === null || c.status === undefined) classes.push('closed');
  if (c.id === state.selected) classes.push('selected');
  return h('li', { class: classes.join(' '), 'data-id': c.id },
    h('a', { href: '#c=' + c.id, 'aria-current': c.id === state.selected ? 'true' : null },
      inHelpQueue && c.matchesMyExpertise ? h('span', { class: 'star', title: t('help.star') }, icon('star'), srOnly(t('help.star'))) : null,
      waiting ? h('span', { class: 'hourglass', title: t('status.WAITING_FOR_CUSTOMER') }, icon('hourglass'), srOnly(t('status.WAITING_FOR_CUSTOMER'))) : null,
      h('span', { class: 'name' }, c.visitorName),
      inHelpQueue ? h('span', { class: 'where' }, channelName(c.channelId)) : null,
      !c.status ? h('span', { class: 'where' }, t('chat.closed')) : null,
      unread > 0 ? h('span', { class: 'unread', title: t('lists.unread', { n: unread }) }, String(unread), srOnly(' ' + t('lists.unreadShort'))) : null));
}

// ---- the conversation -----------------------------------------------------------------------

function selectFromHash() {
  const m = /^#c=(.+)$/.exec(location.hash);
  if (m && state.api) select(decodeURIComponent(m[1]));
}

async function select(id) {
  state.selected = id;
  state.unread.delete(id);
  state.lastSeq = 0;
  state.notice = null;
  clear($('messages'));
  $('reply-error').textContent = '';
  await Promise.all([loadMessages(), loadPanel()]);
  renderLists();
}

async function loadMessages() {
  const id = state.selected;
  const messages = await state.api.get('/conversations/' + enc(id) + '/messages?after=' + state.lastSeq);
  if (id !== state.selected) return;
  for (const m of messages) addMessage(m);
}

/** The visitor's typing, below the messages; the service sends the stop (or the lapse after 6 s). */
function showTyping(data) {
  let note = document.getElementById('typing-note');
  if (!note) {
    note = h('p', { id: 'typing-note', class: 'hint', 'aria-live': 'polite' });
    $('messages').after(note);
  }
  note.textContent = data.typing ? t('chat.typing', { name: data.author.name }) : '';
}

function addMessage(m) {
  if (m.seq <= state.lastSeq) return;
  state.lastSeq = m.seq;
  const kind = m.authorKind;
  const mine = kind === 'OPERATOR' && m.authorId === state.me.id;
  const li = h('li', { class: 'message ' + kind.toLowerCase() + (mine ? ' mine' : ''), 'data-seq': m.seq },
    kind === 'SYSTEM'
      ? h('p', { class: 'system-text' }, h('span', { class: 'visually-hidden' }, t('chat.system') + ': '), m.body)
      : [h('p', { class: 'meta' }, h('span', { class: 'author' }, m.author || t(kind === 'SYSTEM' ? 'chat.system_author' : 'chat.' + kind.toLowerCase())), ' ',
          h('time', { datetime: m.sentAt }, formatTime(m.sentAt))),
        h('p', { class: 'body' }, m.body)]);
  $('messages').append(li);
  li.scrollIntoView({ block: 'end' });
}

async function loadPanel() {
  const id = state.selected;
  try {
    const panel = await state.api.get('/conversations/' + enc(id) + '/panel');
    if (id !== state.selected) return;
    state.panel = panel;
    const transcripts = await state.api.get('/conversations/' + enc(id) + '/transcripts');
    if (id !== state.selected) return;
    state.transcripts = transcripts;
  } catch (e) {
    state.panel = null;
    state.notice = e.message;
  }
  renderConversation();
}

function takingPart() {
  return Boolean(state.panel && state.panel.operators.some((o) => o.id === state.me.id));
}

function renderConversation() {
  const p = state.panel;
  $('chat-title').textContent = p ? p.visitor.name + ' — ' + p.channel.name : t('chat.none');
  const open = Boolean(p && !p.closedAt);
  $('reply-form').hidden = !(open && takingPart());
  $('close-conversation').hidden = !(open && takingPart());
  renderPanel(state, actions);
}

function renderAll() {
  if (!state.me) return;
  renderLists();
  if (state.selected) renderConversation();
}

async function sendReply() {
  const body = $('reply').value;
  if (!body.trim() || !state.selected) return;
  try {
    const m = await state.api.post('/conversations/' + enc(state.selected) + '/messages', { body });
    $('reply').value = '';
    $('reply-error').textContent = '';
    addMessage(m);
  } catch (e) {
    $('reply-error').textContent = e.message;
  }
}

async function closeConversation() {
  await act(() => state.api.post('/conversations/' + enc(state.selected) + '/close'));
}

/** Runs a change of the selected conversation, then shows the panel as it is now. */
async function act(change, after) {
  state.notice = null;
  try {
    await change();
  } catch (e) {
    state.notice = e.problem && e.problem.joinedBy ? t('panel.joinLost', { name: e.problem.joinedBy.name }) : e.message;
  }
  await loadPanel();
  if (after) after();
  scheduleRefresh(0);
}

const actions = {
  act,
  select: (id) => { location.hash = '#c=' + id; },
};

// ---- the event stream -----------------------------------------------------------------------

function onEvent(type, data) {
  const id = data.conversationId;
  if (type === 'typing') { // live only, no id: shown while it lasts, nothing to reload
    if (id === state.selected) showTyping(data);
    return;
  }
  if (type === 'message.posted') {
    if (id === state.selected) addMessage(data.message);
    else if (data.message.authorKind !== 'SYSTEM' && data.message.authorId !== state.me.id) {
      state.unread.set(id, (state.unread.get(id) || 0) + 1);
      renderLists();
    }
    return;
  }
  if ((type === 'conversation.joined' || type === 'operator.assigned') && data.operatorId === state.me.id) state.mine.add(id);
  if (type === 'conversation.transferred' && data.toOperatorId === state.me.id) state.mine.add(id);
  if (id === state.selected && type !== 'help-queue.changed') loadPanel();
  scheduleRefresh();
}

boot();
