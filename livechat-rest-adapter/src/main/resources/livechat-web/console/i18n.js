// Texts from the message bundles /i18n/en.json and /i18n/fr.json; {name} placeholders.

let bundle = {};
let fallback = {};
let language = 'en';

export async function loadLanguage(lang) {
  language = lang === 'fr' ? 'fr' : 'en';
  if (Object.keys(fallback).length === 0) fallback = await fetchBundle('en');
  bundle = language === 'en' ? fallback : await fetchBundle(language);
  document.documentElement.lang = language;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
}

async function fetchBundle(lang) {
  const response = await fetch('/i18n/' + lang + '.json');
  return response.ok ? response.json() : {};
}

export function t(key, params) {
  let text = bundle[key] ?? fallback[key] ?? key;
  if (params) for (const [k, v] of Object.entries(params)) text = text.split('{' + k + '}').join(String(v));
  return text;
}

export function currentLanguage() {
  return language;
}

export function preferredLanguage() {
  const kept = localStorage.getItem('livechat.console.lang');
  if (kept) return kept;
  return (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function keepLanguage(lang) {
  localStorage.setItem('livechat.console.lang', lang);
}

/** A region or language code's name in the console's language ("BE" → "Belgium"). */
export function displayName(type, code) {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([language], { type }).of(code) || code;
  } catch (e) {
    return code;
  }
}

export function formatTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}
