import { api } from './api.js';
import { h, replace } from './dom.js';
import { facts } from './reasoning.js';

// Why an item is in the report, and why another is not: the service's explanations, laid out.

export async function showWhy(container, answers, id) {
  replace(container, h('p', {}, 'Loading…'));
  const why = await api.why(answers, id);
  replace(container,
    h('h4', {}, `Why: “${why.item.summary}”`),
    why.restsOn.length > 0
      ? h('p', {}, 'It rests on these answers: ', why.restsOn.map((fact, i) => [i > 0 ? ', ' : '', h('code', {}, fact)]))
      : h('p', {}, 'It rests on no answer: a rule with no conditions gives it to everyone.'),
    h('ol', { className: 'why-steps' }, why.steps.map(step => h('li', {},
      h('p', {}, `Step ${step.firing.step}: rule `, h('code', {}, step.rule.name), ` (${step.rule.file}, line ${step.rule.line})`),
      h('p', {}, step.rule.explanation),
      h('p', {}, facts('matched', step.firing.matched), facts('added', step.firing.inserted)),
      source(step.rule)))),
    claims(why.claims));
}

export async function showWhyNot(container, answers, id) {
  replace(container, h('p', {}, 'Loading…'));
  const whyNot = await api.whyNot(answers, id);
  replace(container,
    h('h4', {}, `Why not: “${whyNot.item.summary}”`),
    whyNot.inReport
      ? h('p', {}, 'It is in the report for these answers. Use “Why” to see the rules that gave it.')
      : h('p', {}, 'It is not in the report. Each rule that could give it, and the condition that blocks it:'),
    h('ul', { className: 'verdicts' }, whyNot.rules.map(rule => h('li', {}, verdict(rule, 0)))));
}

const OUTCOMES = { fires: 'fires', blocked: 'blocked', cannot_explain: 'cannot be explained here' };
const STATUSES = { held: 'holds', not_held: 'does not hold', cannot_explain: 'cannot be explained here' };

function verdict(rule, depth) {
  return h('div', { className: `verdict ${rule.outcome}` },
    h('p', {}, 'Rule ', h('code', {}, rule.rule.name), ': ',
      h('span', { className: `outcome ${rule.outcome}` }, OUTCOMES[rule.outcome] || rule.outcome), '. ', rule.rule.explanation),
    h('ul', { className: 'conditions' }, rule.conditions.map(condition => h('li', { className: `condition ${condition.status}` },
      h('code', {}, condition.text), ': ',
      // The notes say what held or failed in words; the bare status only when there are none.
      condition.notes.length > 0 ? condition.notes.join(' ') : `${STATUSES[condition.status] || condition.status}.`,
      // Deeper levels repeat the pattern; three levels cover the built-in pack's chains.
      depth < 2 && condition.producers.length > 0
        ? h('ul', {}, condition.producers.map(producer => h('li', {}, verdict(producer, depth + 1))))
        : null))),
    alternatives(rule));
}

function alternatives(rule) {
  if (rule.alternatives.length === 0) return null;
  return h('div', { className: 'alternatives' },
    h('p', {}, 'Answers that would change it:'),
    h('ul', {}, rule.alternatives.map(alternative => h('li', {},
      alternative.changes.map((change, i) => [i > 0 ? ' and ' : '', h('code', {}, `${change.question} = ${change.answer}`)]),
      alternative.bringsItem ? ' (brings the advice)' : ' (makes the rule fire, but the advice still does not show)',
      alternative.problem ? ` (${alternative.problem})` : null))),
    rule.moreAlternatives > 0 ? h('p', {}, `and ${rule.moreAlternatives} more.`) : null);
}

function source(rule) {
  return h('details', {}, h('summary', {}, `The rule as written (${rule.file})`), h('pre', {}, rule.source));
}

function claims(list) {
  if (!list || list.length === 0) return null;
  return h('div', {}, h('p', {}, 'The claims it rests on:'),
    h('ul', { className: 'claims' }, list.map(claim => h('li', {}, h('strong', {}, claim.id), `: ${claim.text}`))));
}
