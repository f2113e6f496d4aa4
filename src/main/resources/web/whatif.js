import { api } from './api.js';
import { h, replace } from './dom.js';
import { card, indicatorWords } from './report.js';

// What-if: change one answer and see how the report differs. The service compares the two
// reports; the page marks what was added, removed and changed, in words as well as colour.

export function whatIfControls(questions, onRun) {
  const question = h('select', { id: 'what-if-question' },
    questions.map(q => h('option', { value: q.id }, q.label)));
  const valueSlot = h('div', { className: 'what-if-value' });
  const form = h('form', { className: 'what-if', id: 'what-if-form', novalidate: true },
    h('div', {}, h('label', { for: 'what-if-question' }, 'Change this answer'), question),
    valueSlot,
    h('button', { type: 'submit', id: 'what-if-run' }, 'Compare the reports'));
  const showValue = () => replace(valueSlot, valueControl(questions.find(q => q.id === question.value)));
  question.addEventListener('change', showValue);
  showValue();
  form.addEventListener('submit', event => {
    event.preventDefault();
    onRun(`${question.value}=${form.querySelector('#what-if-answer').value.trim()}`);
  });
  return form;
}

function valueControl(question) {
  const label = h('label', { for: 'what-if-answer' }, 'to');
  if (question.kind === 'integer' || question.kind === 'number') {
    return [label, h('input', { type: 'text', id: 'what-if-answer', inputmode: 'decimal', autocomplete: 'off' })];
  }
  const options = question.kind === 'boolean'
    ? [{ value: 'yes', label: 'yes' }, { value: 'no', label: 'no' }, { value: 'unknown', label: "don't know" }]
    : question.choices;
  return [label, h('select', { id: 'what-if-answer' }, options.map(o => h('option', { value: o.value }, o.label)))];
}

export async function showWhatIf(container, answers, set) {
  replace(container, h('p', {}, 'Comparing…'));
  const diff = await api.whatIf(answers, [set]);
  const sections = [
    section('Added', diff.added.map(item => card(item, { headingLevel: 'h6', marker: { kind: 'added', text: 'Added' } }))),
    section('Removed', diff.removed.map(item => card(item, { headingLevel: 'h6', marker: { kind: 'removed', text: 'Removed' } }))),
    section('Changed', diff.changed.map(change => card(change.after, { headingLevel: 'h6',
      marker: { kind: 'changed', text: changedText(change) } }))),
  ].filter(Boolean);
  replace(container,
    h('h4', {}, 'What changes'),
    h('ul', {}, diff.answers.map(answer => h('li', {},
      h('code', {}, answer.id), `: ${shown(answer.before)} → ${shown(answer.after)}`))),
    sections.length > 0 ? sections : h('p', { className: 'diff-none' }, 'The advice stays the same.'),
    diff.unchanged.length > 0 ? h('div', {}, h('p', {}, `Unchanged (${diff.unchanged.length}):`),
      h('ul', {}, diff.unchanged.map(item => h('li', {}, item.summary)))) : null,
    h('p', {}, `Rule firings: ${diff.firingsBefore} before, ${diff.firingsAfter} after.`),
    diff.rules.length > 0 ? h('ul', { className: 'rule-changes' }, diff.rules.map(rule => h('li', {},
      h('code', {}, rule.rule), `: fired ${rule.before} → ${rule.after} times`))) : null);
}

/** "Changed: was Important, now Act on this", in the words the cards use. */
export function changedText(change) {
  return `Changed: was ${indicatorWords(change.before.indicator)}, now ${indicatorWords(change.after.indicator)}`;
}

function section(title, items) {
  if (items.length === 0) return null;
  return h('section', { className: 'diff-section' }, h('h5', {}, `${title} (${items.length})`), items);
}

function shown(value) {
  return value === null ? 'not answered' : String(value);
}
