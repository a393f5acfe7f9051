/*
 * The live chat widget. A website embeds it with one tag:
 *   <script src="https://HOST/widget.js" data-channel="CHANNEL_ID" async></script>
 * Optional: data-topics="Billing,Delivery" asks "What is it about?" first (a chatbot answer that
 * also names the expertise). It lives in a Shadow DOM (the page's CSS does not reach it), talks to
 * HOST's API (the channel must allow the page's origin, see docs/console.md), keeps the visitor's
 * token in localStorage per channel so that a reload resumes the chat and its event stream.
 * Every text is set with textContent: nothing a visitor or operator writes becomes markup.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.dataset.channel) return;
  var channel = script.dataset.channel;
  var base = new URL(script.src, location.href).origin;
  var topics = (script.dataset.topics || '').split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  var storeKey = 'livechat.widget.' + channel;

  var TEXTS = {
    en: {
      open: 'Chat with us', title: 'Chat with us', minimise: 'Minimise the chat',
      name: 'Your name', email: 'Your email (optional)', topic: 'What is it about?', first: 'Your message (optional)',
      start: 'Start the chat', message: 'Message', send: 'Send', sendHint: 'Enter sends, Shift+Enter starts a new line.',
      leave: 'Leave the chat', ended: 'The chat has ended.', transcriptTo: 'Email me the transcript', transcriptSend: 'Send me the transcript',
      again: 'Start a new chat', you: 'You', operator: 'Operator', system: 'Notice',
      'state.AWAITING_CONFIRMATION': 'Check your mailbox: confirm the address to receive the transcript.',
      'state.PENDING': 'The transcript is on its way.', 'state.SENT': 'The transcript was sent.', 'state.FAILED': 'The transcript could not be sent.',
      error: 'Something went wrong, please try again.', reconnecting: 'Reconnecting…', unread: 'new messages',
      typing: 'is typing…', seen: 'Seen'
    },
    fr: {
      open: 'Discuter avec nous', title: 'Discuter avec nous', minimise: 'Réduire la discussion',
      name: 'Votre nom', email: 'Votre e-mail (facultatif)', topic: 'De quoi s’agit-il ?', first: 'Votre message (facultatif)',
      start: 'Commencer la discussion', message: 'Message', send: 'Envoyer', sendHint: 'Entrée envoie, Maj+Entrée passe à la ligne.',
      leave: 'Quitter la discussion', ended: 'La discussion est terminée.', transcriptTo: 'Recevoir la transcription par e-mail', transcriptSend: 'M’envoyer la transcription',
      again: 'Nouvelle discussion', you: 'Vous', operator: 'Opérateur', system: 'Information',
      'state.AWAITING_CONFIRMATION': 'Consultez votre boîte : confirmez l’adresse pour recevoir la transcription.',
      'state.PENDING': 'La transcription est en route.', 'state.SENT': 'La transcription a été envoyée.', 'state.FAILED': 'La transcription n’a pas pu être envoyée.',
      error: 'Un problème est survenu, veuillez réessayer.', reconnecting: 'Reconnexion…', unread: 'nouveaux messages',
      typing: 'écrit…', seen: 'Vu'
    }
  };
  var lang = (navigator.language || 'en').toLowerCase().indexOf('fr') === 0 ? 'fr' : 'en';
  function t(key) { return TEXTS[lang][key] || TEXTS.en[key] || key; }

  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') el.textContent = v;
      else if (k === 'hidden') el.hidden = true;
      else el.setAttribute(k, v === true ? '' : v);
    });
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) el.appendChild(arguments[i]);
    return el;
  }

  // ---- the elements, in the shadow root ------------------------------------------------------
  var host = h('div', { 'data-livechat-widget': channel });
  var root = host.attachShadow({ mode: 'open' });
  root.appendChild(h('link', { rel: 'stylesheet', href: base + '/widget/widget.css' }));

  function bubble() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '1.1em');
    svg.setAttribute('height', '1.1em');
    svg.setAttribute('fill', 'currentColor');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M6 4h12a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4V6a2 2 0 0 1 2-2z');
    svg.appendChild(path);
    return svg;
  }
  var launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'lc-dialog' },
    bubble(), h('span', { text: ' ' + t('open') }), h('span', { class: 'badge', hidden: true }));
  var badge = launcher.querySelector('.badge');
  var title = h('h2', { id: 'lc-title', text: t('title') });
  var minimise = h('button', { type: 'button', class: 'minimise', 'aria-label': t('minimise'), text: '–' });

  var startForm = h('form', { class: 'start' },
    h('label', { for: 'lc-name', text: t('name') }), h('input', { id: 'lc-name', required: true, maxlength: '100', autocomplete: 'name' }),
    h('label', { for: 'lc-email', text: t('email') }), h('input', { id: 'lc-email', type: 'email', autocomplete: 'email' }));
  var topicSelect = null;
  if (topics.length) {
    topicSelect = h('select', { id: 'lc-topic' });
    topics.forEach(function (topic) { topicSelect.appendChild(h('option', { value: topic, text: topic })); });
    startForm.appendChild(h('label', { for: 'lc-topic', text: t('topic') }));
    startForm.appendChild(topicSelect);
  }
  startForm.appendChild(h('label', { for: 'lc-first', text: t('first') }));
  startForm.appendChild(h('textarea', { id: 'lc-first', rows: '2' }));
  startForm.appendChild(h('button', { type: 'submit', class: 'primary', text: t('start') }));

  var messages = h('ol', { class: 'messages', 'aria-live': 'polite', 'aria-labelledby': 'lc-title' });
  var input = h('textarea', { id: 'lc-message', rows: '2', 'aria-describedby': 'lc-hint' });
  var sendForm = h('form', { class: 'send' },
    h('label', { for: 'lc-message', text: t('message') }), input,
    h('button', { type: 'submit', class: 'primary', text: t('send') }),
    h('span', { id: 'lc-hint', class: 'hint', text: t('sendHint') }));
  var leave = h('button', { type: 'button', class: 'leave', text: t('leave') });
  // who of the operators is typing, and up to where they have read the visitor's messages
  var typingNote = h('p', { class: 'hint typing', 'aria-live': 'polite' });
  var chatBox = h('div', { class: 'chat', hidden: true }, messages, typingNote, sendForm, leave);

  var transcriptEmail = h('input', { id: 'lc-transcript', type: 'email', required: true, autocomplete: 'email' });
  var transcriptState = h('p', { class: 'state', role: 'status' });
  var transcriptForm = h('form', { class: 'transcript' },
    h('label', { for: 'lc-transcript', text: t('transcriptTo') }), transcriptEmail,
    h('button', { type: 'submit', class: 'primary', text: t('transcriptSend') }), transcriptState);
  var again = h('button', { type: 'button', class: 'again', text: t('again') });
  var endedBox = h('div', { class: 'ended', hidden: true }, h('p', { text: t('ended') }), transcriptForm, again);

  var status = h('p', { class: 'error', role: 'alert' });
  var dialog = h('section', { id: 'lc-dialog', class: 'dialog', role: 'dialog', 'aria-labelledby': 'lc-title', hidden: true },
    h('header', {}, title, minimise), startForm, chatBox, endedBox, status);
  root.appendChild(dialog);
  root.appendChild(launcher);

  // ---- state ---------------------------------------------------------------------------------
  var saved = load();
  var lastSeq = 0;
  var operatorSeen = 0;
  var typingTimer = null;
  var typingSentAt = 0;
  var seenSent = 0;
  var stream = null;
  var unread = 0;

  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || null; } catch (e) { return null; }
  }
  function save() {
    if (saved) localStorage.setItem(storeKey, JSON.stringify(saved));
    else localStorage.removeItem(storeKey);
  }

  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (saved && saved.token) headers.Authorization = 'Bearer ' + saved.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(base + '/api/v1' + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' })
      .then(function (r) {
        return r.text().then(function (text) {
          var json = text ? JSON.parse(text) : null;
          if (!r.ok) { var e = new Error((json && json.detail) || 'HTTP ' + r.status); e.status = r.status; throw e; }
          return json;
        });
      });
  }

  function setOpen(open) {
    dialog.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      unread = 0;
      badge.hidden = true;
      tellSeen();
      var first = dialog.querySelector(saved ? (saved.closed ? '#lc-transcript' : '#lc-message') : '#lc-name');
      if (first) first.focus();
    } else {
      launcher.focus();
    }
  }

  function show() {
    startForm.hidden = Boolean(saved);
    chatBox.hidden = !saved || Boolean(saved.closed);
    endedBox.hidden = !saved || !saved.closed;
    if (saved && saved.closed && !transcriptEmail.value) transcriptEmail.value = saved.email || '';
  }

  function addMessage(m) {
    if (m.seq <= lastSeq) return;
    lastSeq = m.seq;
    var kind = (m.authorKind || '').toLowerCase();
    var who = kind === 'visitor' ? t('you') : kind === 'system' ? t('system') : (m.author || t('operator'));
    var li = h('li', { class: 'message ' + kind, 'data-seq': String(m.seq) },
      h('span', { class: kind === 'system' ? 'visually-hidden' : 'author', text: who + (kind === 'system' ? ': ' : '') }),
      h('p', { class: 'body', text: m.body }));
    messages.appendChild(li);
    messages.scrollTop = messages.scrollHeight;
    markSeenByOperator();
    if (kind !== 'visitor') tellSeen();
    if (dialog.hidden && kind !== 'visitor') {
      unread += 1;
      badge.textContent = ' ' + unread;
      badge.setAttribute('aria-label', unread + ' ' + t('unread'));
      badge.hidden = false;
    }
  }

  // ---- typing and seen ------------------------------------------------------------------------
  /** The visitor's own messages the operators have read get a "Seen" mark. */
  function markSeenByOperator() {
    Array.prototype.forEach.call(messages.querySelectorAll('li.message.visitor'), function (li) {
      if (Number(li.getAttribute('data-seq')) <= operatorSeen && !li.querySelector('.seen'))
        li.appendChild(h('span', { class: 'hint seen', text: t('seen') }));
    });
  }

  /** Tells the operators how far the visitor has read, while the chat is open on screen. */
  function tellSeen() {
    if (!saved || saved.closed || dialog.hidden || lastSeq <= seenSent) return;
    seenSent = lastSeq;
    api('PUT', '/conversations/' + encodeURIComponent(saved.id) + '/seen', { seq: lastSeq }).catch(function () {});
  }

  /** At most every 2 s while typing (the service passes one a second on and lapses it after 6 s). */
  function tellTyping(typing) {
    if (!saved || saved.closed) return;
    var now = Date.now();
    if (typing && now - typingSentAt < 2000) return;
    typingSentAt = typing ? now : 0;
    api('PUT', '/conversations/' + encodeURIComponent(saved.id) + '/typing', { typing: typing }).catch(function () {});
  }

  function operatorTyping(event) {
    if (event.side !== 'OPERATOR') return;
    clearTimeout(typingTimer);
    typingNote.textContent = event.typing ? (event.author && event.author.name || t('operator')) + ' ' + t('typing') : '';
    // the service says when it stopped; this only covers a lost stop
    if (event.typing) typingTimer = setTimeout(function () { typingNote.textContent = ''; }, 7000);
  }

  function fail(e) {
    status.textContent = e && e.status === 429 ? e.message : t('error');
  }

  // ---- the conversation ----------------------------------------------------------------------
  function start(event) {
    event.preventDefault();
    status.textContent = '';
    var name = root.getElementById('lc-name').value.trim();
    var email = root.getElementById('lc-email').value.trim();
    var first = root.getElementById('lc-first').value.trim();
    var visitor = { name: name, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
    if (email) visitor.email = email;
    var body = { channelId: channel, visitor: visitor };
    if (first) body.message = first;
    if (topicSelect) body.chatbot = { answers: [{ question: t('topic'), answer: topicSelect.value }], expertise: [topicSelect.value] };
    saved = null;
    api('POST', '/conversations', body).then(function (started) {
      saved = { id: started.id, token: started.visitorToken, email: email || null, lastEventId: null, closed: false };
      save();
      show();
      resume();
      input.focus();
    }, fail);
  }

  function resume() {
    lastSeq = 0;
    while (messages.firstChild) messages.removeChild(messages.firstChild);
    operatorSeen = 0;
    seenSent = 0;
    api('GET', '/conversations/' + encodeURIComponent(saved.id) + '/messages?after=0').then(function (list) {
      list.forEach(addMessage);
      openStream();
      api('GET', '/conversations/' + encodeURIComponent(saved.id) + '/seen').then(function (marks) {
        operatorSeen = Math.max(operatorSeen, marks.operator);
        markSeenByOperator();
      }, function () {});
    }, function (e) {
      if (e.status === 401 || e.status === 403 || e.status === 404) { saved = null; save(); show(); } else fail(e);
    });
  }

  function send(event) {
    if (event) event.preventDefault();
    var body = input.value;
    if (!body.trim()) return;
    api('POST', '/conversations/' + encodeURIComponent(saved.id) + '/messages', { body: body }).then(function (m) {
      input.value = '';
      status.textContent = '';
      tellTyping(false);
      addMessage(m);
    }, fail);
  }

  function leaveChat() {
    api('POST', '/conversations/' + encodeURIComponent(saved.id) + '/close', {}).then(ended, fail);
  }

  function ended() {
    if (!saved) return;
    saved.closed = true;
    save();
    show();
    transcriptEmail.focus();
  }

  function requestTranscript(event) {
    event.preventDefault();
    api('POST', '/conversations/' + encodeURIComponent(saved.id) + '/transcript', { email: transcriptEmail.value }).then(function (r) {
      transcriptState.textContent = t('state.' + r.state);
    }, fail);
  }

  function startAgain() {
    if (stream) stream.abort();
    saved = null;
    save();
    lastSeq = 0;
    while (messages.firstChild) messages.removeChild(messages.firstChild);
    transcriptState.textContent = '';
    show();
    root.getElementById('lc-name').focus();
  }

  // ---- the event stream, resumed with Last-Event-ID ------------------------------------------
  function openStream() {
    if (stream) stream.abort();
    var controller = new AbortController();
    stream = controller;
    var headers = { Authorization: 'Bearer ' + saved.token, Accept: 'text/event-stream' };
    if (saved.lastEventId) headers['Last-Event-ID'] = saved.lastEventId;
    fetch(base + '/api/v1/events', { headers: headers, signal: controller.signal, cache: 'no-store' }).then(function (r) {
      if (!r.ok || !r.body) throw new Error('HTTP ' + r.status);
      status.textContent = '';
      var reader = r.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) throw new Error('ended');
          buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, '\n');
          var end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            frame(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      if (controller.signal.aborted || !saved || stream !== controller) return;
      status.textContent = t('reconnecting');
      setTimeout(function () { if (stream === controller && saved) openStream(); }, 3000);
    });
  }

  function frame(text) {
    var id = null, type = 'message', data = '';
    text.split('\n').forEach(function (line) {
      if (!line || line.charAt(0) === ':') return;
      var i = line.indexOf(':');
      var field = i < 0 ? line : line.slice(0, i);
      var value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') type = value;
      else if (field === 'data') data += value;
    });
    if (!data) return;
    var event;
    try { event = JSON.parse(data); } catch (e) { return; }
    if (type === 'message.posted') addMessage(event.message);
    else if (type === 'conversation.closed') ended();
    else if (type === 'transcript.state') transcriptState.textContent = t('state.' + event.state);
    else if (type === 'typing') operatorTyping(event);
    else if (type === 'message.seen' && event.side === 'OPERATOR') {
      operatorSeen = Math.max(operatorSeen, event.seenSeq);
      markSeenByOperator();
    }
    if (id && saved) { saved.lastEventId = id; save(); }
  }

  // ---- wiring --------------------------------------------------------------------------------
  launcher.addEventListener('click', function () { setOpen(dialog.hidden); });
  minimise.addEventListener('click', function () { setOpen(false); });
  dialog.addEventListener('keydown', function (e) { if (e.key === 'Escape') setOpen(false); });
  startForm.addEventListener('submit', start);
  sendForm.addEventListener('submit', send);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) send(e);
  });
  input.addEventListener('input', function () { tellTyping(input.value.trim() !== ''); });
  leave.addEventListener('click', leaveChat);
  transcriptForm.addEventListener('submit', requestTranscript);
  again.addEventListener('click', startAgain);

  function mount() {
    document.body.appendChild(host);
    show();
    if (saved) resume();
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
