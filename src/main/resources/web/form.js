import { h, replace } from './dom.js';

// The questionnaire as a form. Everything shown comes from GET /v1/questionnaire; which questions
// apply and what is wrong with an answer come from POST /v1/questions/applicable. The form only
// turns inputs into an answers document (the same document the command line reads) and back.

const UNKNOWN = 'unknown';

export class QuestionForm {
  /** announcer: a polite live region that says which questions appeared or went. */
  constructor(container, questions, announcer = null) {
    this.container = container;
    this.questions = questions;
    this.announcer = announcer;
    this.blocks = new Map();
    this.showing = null; // the ids on show once the service has first said which apply
    replace(container, questions.map(question => this.block(question)));
  }

  block(question) {
    const control = question.kind === 'boolean' ? yesNo(question)
      : question.kind === 'choice' ? choices(question)
        : number(question);
    const block = h('div', { className: 'question', id: `q-${question.id}`, 'data-question': question.id },
      control,
      h('details', { className: 'why' },
        // Twenty summaries all called "Why we ask": each says which question it is about.
        h('summary', { 'aria-describedby': `${question.id}-label` }, 'Why we ask'),
        h('p', {}, question.help)),
      h('p', { className: 'error', id: `${question.id}-error`, hidden: true }));
    this.blocks.set(question.id, block);
    return block;
  }

  /** The answers document for the questions on show; a question left blank is left out. */
  answers() {
    const answers = {};
    for (const question of this.questions) {
      const block = this.blocks.get(question.id);
      if (block.hidden) continue;
      const value = read(question, block);
      if (value !== undefined) answers[question.id] = value;
    }
    return answers;
  }

  /** Shows only the questions the service says apply, in the questionnaire's order. */
  show(ids) {
    const applying = new Set(ids);
    for (const [id, block] of this.blocks) block.hidden = !applying.has(id);
    const before = this.showing;
    this.showing = applying;
    // A question appearing or going is not where the focus is: say so, politely. Not on the
    // first showing, which is the page loading.
    if (before !== null && this.announcer) {
      const labels = list => this.questions.filter(question => list(question.id)).map(question => question.label);
      const appeared = labels(id => applying.has(id) && !before.has(id));
      const gone = labels(id => before.has(id) && !applying.has(id));
      if (appeared.length + gone.length > 0) this.announcer.textContent = announcement(appeared, gone);
    }
  }

  /** The first question whose answer ends the interview (urgent symptoms "yes"), if any. */
  stoppingQuestion(answers) {
    return this.questions.find(question => question.stopsInterviewOn !== null
      && answers[question.id] === question.stopsInterviewOn);
  }

  /** Shows the service's problems next to their questions; returns the ones that have no question. */
  showProblems(problems) {
    const byField = new Map();
    const unplaced = [];
    for (const problem of problems) {
      if (this.blocks.has(problem.field)) {
        byField.set(problem.field, [...(byField.get(problem.field) || []), problem.message]);
      } else {
        unplaced.push(problem);
      }
    }
    for (const [id, block] of this.blocks) {
      const messages = byField.get(id);
      const error = block.querySelector('.error');
      error.hidden = !messages;
      error.textContent = messages ? messages.join(' ') : '';
      for (const input of block.querySelectorAll('input')) {
        if (messages) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
    return unplaced;
  }

  /** Puts a saved answers document back into the form; returns the ids it does not know. */
  fill(answers) {
    for (const question of this.questions) {
      write(question, this.blocks.get(question.id), answers[question.id]);
    }
    return Object.keys(answers).filter(id => !this.blocks.has(id));
  }

  /** The first input of a question, for focus after an error. */
  input(id) {
    return this.blocks.get(id)?.querySelector('input');
  }
}

function announcement(appeared, gone) {
  const parts = [];
  if (appeared.length > 0) parts.push(`${appeared.length === 1 ? 'New question' : 'New questions'}: ${appeared.join(', ')}.`);
  if (gone.length > 3) parts.push(`${gone.length} questions are no longer asked.`);
  else if (gone.length > 0) parts.push(`No longer asked: ${gone.join(', ')}.`);
  return parts.join(' ');
}

function yesNo(question) {
  return radios(question, [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
    { value: UNKNOWN, label: "Don't know" },
  ]);
}

function choices(question) {
  return radios(question, question.choices);
}

function radios(question, options) {
  return h('fieldset', {},
    h('legend', {}, h('span', { className: 'label', id: `${question.id}-label` }, question.label),
      h('span', { className: 'text' }, question.text)),
    h('div', { className: 'options' }, options.map((option, index) => {
      const id = `${question.id}-${index}`;
      return h('div', { className: 'option' },
        h('input', { type: 'radio', name: question.id, id, value: option.value,
          'aria-describedby': `${question.id}-error` }),
        h('label', { for: id }, option.label));
    })),
    // A chosen radio button cannot be unchosen by itself, yet any question may be left blank.
    h('button', { type: 'button', className: 'clear-answer', 'data-clear': question.id,
      'aria-label': `Clear answer: ${question.label}`, onclick: clear }, 'Clear answer'));
}

/** Unchooses a question's answer, and tells the form it changed (as choosing does). */
function clear(event) {
  const fieldset = event.currentTarget.closest('fieldset');
  for (const radio of fieldset.querySelectorAll('input[type=radio]')) radio.checked = false;
  fieldset.dispatchEvent(new Event('change', { bubbles: true }));
}

function number(question) {
  const unit = question.unit ? ` (${question.unit})` : '';
  return h('div', { className: 'number' },
    h('label', { for: question.id },
      h('span', { className: 'label', id: `${question.id}-label` }, question.label + unit), h('span', { className: 'text' }, question.text)),
    h('input', { type: 'text', id: question.id, name: question.id, inputmode: question.kind === 'integer' ? 'numeric' : 'decimal',
      autocomplete: 'off', 'aria-describedby': `${question.id}-error` }),
    h('div', { className: 'option' },
      h('input', { type: 'checkbox', id: `${question.id}-unknown`, name: `${question.id}-unknown` }),
      h('label', { for: `${question.id}-unknown` }, "I don't know")));
}

function read(question, block) {
  if (question.kind === 'boolean' || question.kind === 'choice') {
    const checked = block.querySelector('input[type=radio]:checked');
    if (!checked) return undefined;
    if (question.kind === 'choice') return checked.value;
    return checked.value === UNKNOWN ? UNKNOWN : checked.value === 'yes';
  }
  if (block.querySelector('input[type=checkbox]').checked) return UNKNOWN;
  const text = block.querySelector('input[type=text]').value.trim();
  if (text === '') return undefined;
  // A plain number goes as a number, as in a saved file; anything else goes as typed, so the
  // service's own check explains what is wrong with it.
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function write(question, block, value) {
  if (question.kind === 'boolean' || question.kind === 'choice') {
    const wanted = question.kind === 'choice' ? value
      : value === true ? 'yes' : value === false ? 'no' : value;
    for (const radio of block.querySelectorAll('input[type=radio]')) radio.checked = radio.value === wanted;
    return;
  }
  const unknown = value === UNKNOWN;
  block.querySelector('input[type=checkbox]').checked = unknown;
  block.querySelector('input[type=text]').value = value === undefined || unknown ? '' : String(value);
}
