import { api } from './api.js';
import { h, replace } from './dom.js';

// Every rule firing as a list, and Mermaid's drawing of answers -> findings -> advice. The
// diagram's source comes from the service (the same text `advise --format mermaid` prints).

let drawn = 0;

export async function showReasoning(container, answers) {
  replace(container, h('p', {}, 'Loading the reasoning…'));
  const [report, diagram] = await Promise.all([api.advice(answers, true), api.diagram(answers)]);
  const figure = h('figure', { className: 'diagram' },
    h('div', { className: 'diagram-drawing', id: 'diagram-drawing' }, 'Drawing the diagram…'),
    h('figcaption', {}, 'Answers (rounded) lead to findings (boxes), and findings to advice (double boxes). '
      + 'Each arrow is labelled with the rule that made the step. The list of firings says the same in words.'),
    h('details', {}, h('summary', {}, 'The diagram as Mermaid text'), h('pre', {}, diagram)));
  replace(container,
    h('h4', {}, `Rule firings (${report.trace.length})`),
    h('ol', { className: 'firings', id: 'firings' }, report.trace.map(firing)),
    h('h4', {}, 'The reasoning as a diagram'),
    figure);
  await draw(figure.querySelector('.diagram-drawing'), diagram);
}

export function firing(step) {
  return h('li', { className: 'firing', 'data-rule': step.rule },
    h('code', { className: 'rule-name' }, step.rule),
    facts('matched', step.matched),
    facts('added', step.inserted),
    facts('updated', step.updated),
    facts('took back', step.retracted));
}

export function facts(verb, list) {
  if (!list || list.length === 0) return null;
  return h('span', { className: `facts ${verb.replace(' ', '-')}` }, ` ${verb} `,
    list.map((fact, index) => [index > 0 ? ', ' : '', h('code', {}, fact)]));
}

async function draw(target, source) {
  const mermaid = window.mermaid;
  if (!mermaid) {
    replace(target, 'The diagram cannot be drawn here; its text is below.');
    return;
  }
  // Mermaid sizes each label's box from a measure of its text; drawn (and scaled to the page's
  // column) the text can come out a few pixels wider, and the box cut the end off long rule
  // names ("advice.reversal_not_show"). style.css lets a label show past its box; measuring
  // after the fonts have loaded keeps the measure in the font that is drawn.
  // (Mermaid's SVG-text labels are no cure: they wrap at 200 pixels, splitting a rule name.)
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
  try {
    await document.fonts.ready;
    const { svg } = await mermaid.render(`reasoning-diagram-${++drawn}`, source);
    // Mermaid's own output, sanitised by it (securityLevel strict) from the service's text.
    target.innerHTML = svg;
    const drawing = target.querySelector('svg');
    drawing.setAttribute('role', 'img');
    drawing.setAttribute('aria-label', 'Diagram of the reasoning: answers lead to findings, findings to advice.');
  } catch (error) {
    replace(target, `The diagram could not be drawn (${error.message}); its text is below.`);
  }
}
