// Small DOM helpers: every text goes in as a text node, never as HTML.

/** An element with attributes (on* are listeners; value, checked and disabled are properties) and children. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked' || key === 'disabled') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false).map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

let fieldCount = 0;

/** A labelled control: the label names the control by its id. */
export function field(label, control) {
  control.id ||= `f${++fieldCount}`;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
}

export function select(name, options, value) {
  return h('select', { name }, options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === (value ?? '') }, text)));
}

/** A table with a header row; `rows` are arrays of cells (text or nodes). */
export function table(caption, headers, rows, empty = 'Nothing to show.') {
  if (rows.length === 0) return h('p', {}, empty);
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell, i) => h('td', { 'data-label': headers[i] }, cell)))))));
}

export const when = (iso) => (iso ? new Date(iso).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '—');

/** The problem's detail, and each field's message under it. */
export function problemText(err) {
  const lines = [err.detail || err.message || 'Something went wrong.'];
  for (const e of err.errors || []) lines.push(`${e.field}: ${e.message}`);
  return lines.join('\n');
}

/** A live region showing the outcome of actions on the page. */
export function statusLine() {
  const el = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  return {
    el,
    done(text) { el.replaceChildren(h('p', { class: 'done' }, text)); },
    fail(err) { el.replaceChildren(h('p', { class: 'error', role: 'alert' }, problemText(err))); },
    clear() { el.replaceChildren(); },
  };
}

/** Runs an action from a button: disabled meanwhile, the outcome (or the problem's detail) in `status`. */
export async function run(button, status, action) {
  button.disabled = true;
  status.clear();
  try {
    return await action();
  } catch (err) {
    status.fail(err);
    return undefined;
  } finally {
    button.disabled = false;
  }
}

/** A page's heading; focused after each navigation so keyboard and screen-reader users land on it. */
export const heading = (text) => h('h1', { tabindex: '-1' }, text);

/** The API answered 404 for a whole feature: this server does not have it. */
export function unavailable(feature) {
  return h('p', { class: 'notice', role: 'alert' }, `${feature} is not available on this server (the API answered 404 Not Found).`);
}

export function formValues(form) {
  return Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value).trim()]));
}
