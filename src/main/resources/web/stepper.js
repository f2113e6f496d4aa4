import { api } from './api.js';
import { h, replace } from './dom.js';
import { facts } from './reasoning.js';

// Step through the firings one at a time with the agenda shown, as `k2advisor teach` does. The
// service keeps no session, so it sends the whole run and the page steps through its copy.

export class Stepper {
  constructor(container) {
    this.container = container;
    this.run = null;
    this.position = 0;
  }

  async load(answers) {
    replace(this.container, h('p', {}, 'Loading the run…'));
    this.run = await api.steps(answers);
    this.position = 0;
    this.status = h('p', { className: 'step-status', id: 'step-status', 'aria-live': 'polite' });
    this.previous = h('button', { type: 'button', id: 'step-previous', onclick: () => this.go(-1) }, 'Previous firing');
    this.next = h('button', { type: 'button', id: 'step-next', onclick: () => this.go(1) }, 'Next firing');
    this.view = h('div', { className: 'step-view', id: 'step-view' });
    replace(this.container, h('div', { className: 'step-controls' }, this.previous, this.next), this.status, this.view);
    this.render();
  }

  go(delta) {
    this.position = Math.max(0, Math.min(this.run.totalFirings, this.position + delta));
    this.render();
  }

  render() {
    const { run, position } = this;
    const focused = document.activeElement;
    this.previous.disabled = position === 0;
    this.next.disabled = position === run.totalFirings;
    // A button that becomes disabled drops the focus to the page's start: hand it to the other one.
    if (focused === this.previous && this.previous.disabled) this.next.focus();
    if (focused === this.next && this.next.disabled) this.previous.focus();
    this.status.textContent = position === 0 ? `Before any rule fires (${run.totalFirings} firings to come).`
      : `Firing ${position} of ${run.totalFirings}: ${run.steps[position - 1].firing.rule}.`;
    // Each view ends with the agenda as it stands: what fires when Next is pressed, and why first.
    const upcoming = position < run.totalFirings ? agenda(run.steps[position])
      : h('p', { className: 'agenda-empty' }, 'Nothing more is ready to fire: the run is over.');
    if (position === 0) {
      replace(this.view, memory('Working memory at the start: the answers', run.initialWorkingMemory, []), upcoming);
      return;
    }
    const step = run.steps[position - 1];
    const before = position === 1 ? run.initialWorkingMemory : run.steps[position - 2].workingMemory;
    const late = step.lateChanges;
    replace(this.view,
      h('h4', {}, 'The rule that fired'),
      h('p', {}, h('code', {}, step.rule.name), ` (${step.rule.file}, line ${step.rule.line}): ${step.rule.explanation}`),
      h('pre', { className: 'rule-source' }, step.rule.source),
      h('p', { className: 'did' }, 'It', facts('matched', step.firing.matched), facts('added', step.firing.inserted),
        facts('updated', step.firing.updated), facts('took back', step.firing.retracted), '.'),
      late.inserted.length + late.updated.length + late.retracted.length > 0
        ? h('p', { className: 'late' }, 'Later, as the engine settled:', facts('added', late.inserted),
          facts('updated', late.updated), facts('took back', late.retracted), '.')
        : null,
      memory('Working memory after it', step.workingMemory, before),
      position === run.totalFirings
        ? memory('At the end, once the engine has settled', run.finalWorkingMemory, step.workingMemory)
        : null,
      upcoming);
  }
}

function agenda(step) {
  return h('div', { className: 'agenda' },
    h('h4', {}, 'The agenda: the rules ready to fire, in order'),
    // The table scrolls sideways in its own box on a narrow screen; the page never does.
    h('div', { className: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': 'The agenda (scrolls sideways)' }, h('table', {},
      h('thead', {}, h('tr', {}, ['#', 'Rule', 'Matched', 'Salience', 'Group'].map(title => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, step.agenda.map((entry, index) => h('tr', { className: index === 0 ? 'fires-next' : null },
        h('td', {}, index === 0 ? '1 (fires)' : String(index + 1)),
        h('td', {}, h('code', {}, entry.rule)),
        h('td', {}, entry.matched.length === 0 ? 'nothing' : entry.matched.join(', ')),
        h('td', {}, String(entry.salience)),
        h('td', {}, entry.agendaGroup)))))),
    h('p', {}, `Why the first goes first: ${step.whyFirst}`));
}

function memory(title, facts, before) {
  const old = new Set(before);
  return h('div', { className: 'memory' },
    h('h4', {}, title),
    h('ul', {}, facts.map(fact => h('li', { className: old.size > 0 && !old.has(fact) ? 'new-fact' : null },
      h('code', {}, fact), old.size > 0 && !old.has(fact) ? h('span', { className: 'tag' }, ' new') : null))));
}
