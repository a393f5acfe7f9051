// Server-Sent Events over fetch (EventSource cannot send the Authorization header): parses the
// frames, remembers the last id, reconnects after the server's retry delay resuming with
// Last-Event-ID, so nothing is lost across a dropped connection.

export function openStream({ url, token, onEvent, onState, lastEventId }) {
  let last = lastEventId || null;
  let retry = 3000;
  let stopped = false;
  let controller = null;

  async function connect() {
    controller = new AbortController();
    const headers = { Authorization: 'Bearer ' + token, Accept: 'text/event-stream' };
    if (last) headers['Last-Event-ID'] = last;
    try {
      const response = await fetch(url, { headers, signal: controller.signal, cache: 'no-store' });
      if (response.status === 401 || response.status === 403) {
        onState('denied');
        return;
      }
      if (!response.ok || !response.body) throw new Error('HTTP ' + response.status);
      onState('live');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      if (stopped) return;
    }
    if (stopped) return;
    onState('reconnecting');
    setTimeout(connect, retry);
  }

  function dispatch(frame) {
    let id = null;
    let type = 'message';
    const data = [];
    for (const line of frame.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
    }
    if (id !== null) last = id;
    if (data.length === 0) return;
    let parsed;
    try {
      parsed = JSON.parse(data.join('\n'));
    } catch (e) {
      return;
    }
    onEvent(type, parsed, id);
  }

  connect();
  return {
    close() {
      stopped = true;
      if (controller) controller.abort();
    },
    lastEventId: () => last,
  };
}
