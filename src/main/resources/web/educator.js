import { api } from './api.js';
import { h, replace } from './dom.js';
import { showReasoning } from './reasoning.js';
import { showWhy, showWhyNot } from './explain.js';
import { whatIfControls, showWhatIf } from './whatif.js';
import { Stepper } from './stepper.js';

// The educator's view of the report on show: the firings and the diagram, why and why-not,
// what-if, and the stepper. Each tool asks the service about the same answers the report is for.

export class Educator {
  constructor(container, { questions, catalogue }) {
    this.container = container;
    this.questions = questions;
    this.catalogue = catalogue;
    this.answers = null;
    this.report = null;
    this.shownFor = null;
  }

  /** A new report: the tools are rebuilt the next time they are opened. */
  update(answers, report) {
    this.answers = answers;
    this.report = report;
    if (!this.container.hidden) this.open();
  }

  open() {
    const key = JSON.stringify(this.answers);
    if (this.answers === null || this.shownFor === key) return;
    this.shownFor = key;
    this.render();
  }

  render() {
    const answers = this.answers;
    const reasoning = h('div', { id: 'reasoning' });
    const whyOutput = output('why-output');
    const whatIfOutput = output('what-if-output');
    const whatIfChoice = h('div', { className: 'what-if-choice' }, h('p', {}, 'Loading the questions that apply…'));
    const steps = h('div', { id: 'steps' });
    const stepper = new Stepper(steps);
    const inReport = new Set(this.report.advice.map(item => item.id));
    const whyNotChoice = h('select', { id: 'why-not-item' },
      this.catalogue.advice.filter(item => !inReport.has(item.id))
        .map(item => h('option', { value: item.id }, `${item.id}: ${item.summary}`)));

    replace(this.container,
      h('section', { 'aria-labelledby': 'reasoning-heading' },
        h('h3', { id: 'reasoning-heading' }, 'The reasoning'), reasoning),
      h('section', { 'aria-labelledby': 'why-heading' },
        h('h3', { id: 'why-heading' }, 'Why, and why not'),
        h('p', {}, 'Pick advice in the report to see the rules that gave it:'),
        h('ul', { className: 'why-buttons' }, this.report.advice.map(item => h('li', {},
          h('button', { type: 'button', 'data-why': item.id, onclick: () => run(whyOutput, () => showWhy(whyOutput, answers, item.id)) },
            `Why: ${item.summary}`)))),
        h('form', { className: 'why-not', id: 'why-not-form', novalidate: true, onsubmit: event => {
          event.preventDefault();
          run(whyOutput, () => showWhyNot(whyOutput, answers, whyNotChoice.value));
        } },
        h('label', { for: 'why-not-item' }, 'Or pick advice that is not in the report'), whyNotChoice,
        h('button', { type: 'submit', id: 'why-not-run' }, 'Why not?')),
        whyOutput),
      h('section', { 'aria-labelledby': 'what-if-heading' },
        h('h3', { id: 'what-if-heading' }, 'What if one answer were different?'),
        whatIfChoice,
        whatIfOutput),
      h('section', { 'aria-labelledby': 'steps-heading' },
        h('h3', { id: 'steps-heading' }, 'Step through the firings'),
        h('p', {}, 'One firing at a time, with the agenda: the rules ready to fire, and which goes first.'),
        steps));
    run(reasoning, () => showReasoning(reasoning, answers));
    // Only the questions that apply to these answers: the service refuses an answer to one that
    // does not (pregnancy for a man, dialysis without kidney disease), so offering it only fails.
    run(whatIfChoice, async () => {
      const applicable = new Set((await api.applicable(answers)).questions.map(question => question.id));
      replace(whatIfChoice, whatIfControls(this.questions.filter(question => applicable.has(question.id)),
        set => run(whatIfOutput, () => showWhatIf(whatIfOutput, answers, set))));
    });
    run(steps, () => stepper.load(answers));
  }
}

function output(id) {
  return h('div', { id, className: 'output', 'aria-live': 'polite' });
}

/** Runs one tool; if the service refuses, its problem is shown in the tool's place. */
async function run(target, action) {
  try {
    await action();
  } catch (error) {
    const problems = error.problems || [{ field: 'answers', message: error.message }];
    replace(target, h('p', { className: 'error' }, problems.map(p => `${p.field}: ${p.message}`).join(' ')));
  }
}
