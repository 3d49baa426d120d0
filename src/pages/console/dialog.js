import { h } from './dom.js';

/**
 * Asks before a destructive action, in a modal <dialog> (Escape or Cancel says no). With `typed`, the confirm
 * button works only once that exact text is typed.
 */
export function confirmAction({ title, message, confirm = 'Confirm', typed }) {
  return new Promise((resolve) => {
    const ok = h('button', { type: 'submit', value: 'confirm', class: 'danger', disabled: Boolean(typed) }, confirm);
    const cancel = h('button', { type: 'submit', value: 'cancel', class: 'secondary', autofocus: !typed }, 'Cancel');
    const input = typed && h('input', { id: 'confirm-typed', autocomplete: 'off', spellcheck: 'false', autofocus: true, oninput: (e) => { ok.disabled = e.target.value !== typed; },
      // Enter in the field means confirm (the form's default button is Cancel).
      onkeydown: (e) => { if (e.key === 'Enter') { e.preventDefault(); if (!ok.disabled) dialog.close('confirm'); } } });
    const dialog = h('dialog', { 'aria-labelledby': 'confirm-title', class: 'confirm' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'confirm-title' }, title),
        h('p', {}, message),
        input && h('label', { for: 'confirm-typed' }, `Type ${typed} to confirm`),
        input,
        h('div', { class: 'row' }, cancel, ok)));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'confirm');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
