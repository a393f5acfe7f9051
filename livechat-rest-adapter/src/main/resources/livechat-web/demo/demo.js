// Embeds the widget for the channel named in the address (?channel=ID: the --demo start prints the
// link), exactly as a website would with its own script tag.
const channel = new URLSearchParams(location.search).get('channel');
const note = document.getElementById('demo-channel');
if (channel) {
  const tag = document.createElement('script');
  tag.src = '/widget.js';
  tag.async = true;
  tag.dataset.channel = channel;
  tag.dataset.topics = 'Billing,Delivery,Teapots';
  document.head.appendChild(tag);
  note.textContent = 'Chat channel: ' + channel;
} else {
  note.textContent = 'Open this page as /demo/?channel=CHANNEL_ID (java -jar livechat.jar --demo prints the link).';
}
