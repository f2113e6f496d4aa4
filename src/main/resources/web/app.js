import { api, ProblemError } from './api.js';
import { byId, h, replace } from './dom.js';
import { QuestionForm } from './form.js';
import { cards } from './report.js';
import { Educator } from './educator.js';
import * as files from './files.js';

// The page's wiring: the form asks the service which questions apply after every change, the
// report comes from the service, and the educator's tools are built on the same answers.

let form;
let educator;
// Only the newest reply is shown, whatever order replies come in; checks and reports are counted
// apart, so a late check of the form never throws away the report that was asked for.
let latestCheck = 0;
let latestReport = 0;
let reported = null; // the answers the report on show is for: a report for other answers misleads

async function start() {
  try {
    const [questions, catalogue] = await Promise.all([api.questionnaire(), api.catalogue()]);
    // Until this line, the page's own short disclaimer stands (index.html), should the catalogue fail.
    byId('disclaimer-text').textContent = catalogue.disclaimer;
    const base = catalogue.knowledgeBase;
    byId('knowledge-base').textContent =
      `Knowledge base ${base.name} ${base.version}; evidence checked on ${base.evidenceCheckedOn}.`;
    form = new QuestionForm(byId('fields'), questions, byId('question-changes'));
    educator = new Educator(byId('educator-body'), { questions, catalogue });
  } catch (error) {
    replace(byId('fields'), h('p', { className: 'error' }, `The questions could not be loaded: ${error.message}`));
    return;
  }
  const questionsForm = byId('questions');
  // The file input sits in the form too, but a file is not an answer: load() checks what it holds,
  // and a refresh of the answers on show, racing it, could hide the problems it found.
  questionsForm.addEventListener('change', event => {
    if (event.target.id !== 'load-answers') refresh();
  });
  questionsForm.addEventListener('input', event => {
    if (event.target.type === 'text') debounce(refresh, 400);
  });
  questionsForm.addEventListener('submit', event => {
    event.preventDefault();
    report();
  });
  byId('save-answers').addEventListener('click', () => files.save(form.answers()));
  byId('load-answers').addEventListener('change', event => load(event.target));
  byId('print-report').addEventListener('click', () => window.print());
  byId('toggle-educator').addEventListener('click', () => toggleEducator());
  await refresh();
}

let timer;
function debounce(action, millis) {
  clearTimeout(timer);
  timer = setTimeout(action, millis);
}

/** After any change: which questions apply now, and what is wrong so far. */
async function refresh() {
  const call = ++latestCheck;
  const answers = form.answers();
  if (reported !== null && reported !== JSON.stringify(answers)) clearReport();
  if (form.stoppingQuestion(answers)) {
    // Urgent symptoms: stop asking and show the emergency guidance at once, as the interview does.
    await report();
    return;
  }
  try {
    const result = await api.applicable(answers);
    // A reply that comes after the emergency stop must not bring the other questions back.
    if (call !== latestCheck || form.stoppingQuestion(form.answers())) return;
    form.show(result.questions.map(question => question.id));
    showProblems(form.showProblems(result.problems));
  } catch (error) {
    if (call !== latestCheck) return;
    showProblems(error instanceof ProblemError ? error.problems : [{ field: 'answers', message: error.message }]);
  }
}

/** The report for the answers on show, or the problems that stop it. */
async function report() {
  clearTimeout(timer);
  const call = ++latestReport;
  const answers = form.answers();
  const stopping = form.stoppingQuestion(answers);
  setBusy(true);
  try {
    const result = await api.advice(answers);
    if (call !== latestReport) return;
    form.showProblems([]);
    showProblems([]);
    showReport(result, stopping);
  } catch (error) {
    if (call !== latestReport) return;
    clearReport();
    const problems = error instanceof ProblemError ? error.problems : [{ field: 'answers', message: error.message }];
    showProblems(form.showProblems(problems), true);
    const first = problems.find(problem => form.input(problem.field));
    if (first) form.input(first.field).focus();
  } finally {
    setBusy(false);
  }
}

function showReport(result, stopping) {
  // Urgent symptoms: the interview stops, and the page shows nothing but what the service gave,
  // the emergency guidance (with the disclaimer, always on screen). Answering "no" brings the rest back.
  const emergency = Boolean(stopping);
  if (emergency) form.show([stopping.id]);
  const heading = byId('report-heading');
  heading.hidden = false;
  replace(byId('report-body'),
    emergency ? null : h('p', { className: 'report-intro' },
      `${result.advice.length} ${result.advice.length === 1 ? 'point' : 'points'} for you, the most urgent first.`),
    cards(result.advice));
  document.body.classList.toggle('emergency', emergency);
  byId('print-report').hidden = emergency;
  byId('educator').hidden = emergency;
  reported = JSON.stringify(form.answers());
  if (!emergency) educator.update(form.answers(), result);
  heading.focus();
}

function clearReport() {
  reported = null;
  byId('report-heading').hidden = true;
  replace(byId('report-body'));
  byId('print-report').hidden = true;
  byId('educator').hidden = true;
  document.body.classList.remove('emergency');
}

function setBusy(busy) {
  byId('report').setAttribute('aria-busy', String(busy));
  byId('get-report').disabled = busy;
}

/** Problems no question can show (unknown ids, a file that is not JSON) go in the summary. */
function showProblems(problems, focus = false) {
  const box = byId('form-problems');
  box.hidden = problems.length === 0;
  replace(box, problems.length === 0 ? null : [
    h('p', {}, 'Please check these answers:'),
    h('ul', {}, problems.map(problem => h('li', {}, `${problem.field}: ${problem.message}`))),
  ]);
  if (focus && problems.length > 0) {
    box.setAttribute('tabindex', '-1');
    box.focus();
  }
}

async function load(input) {
  const file = input.files[0];
  if (!file) return;
  const text = await files.read(file);
  input.value = '';
  // Any check still in flight is for the answers before the file: its reply must not land after ours.
  ++latestCheck;
  try {
    // The service reads the file exactly as the command line would, and says what is wrong.
    const checked = await api.applicable(text);
    const answers = JSON.parse(text);
    if (checked.problems.length > 0) {
      form.fill(answers);
      form.show(checked.questions.map(question => question.id));
      showProblems(form.showProblems(checked.problems), true);
      return;
    }
    // The report echoes the answers in canonical form ("yes" becomes true), which the form shows.
    const result = await api.advice(text);
    form.fill(result.answers);
    if (form.stoppingQuestion(result.answers)) {
      await report();
      return;
    }
    await refresh();
    showReport(result, null);
  } catch (error) {
    showProblems(error instanceof ProblemError ? error.problems : [{ field: file.name, message: error.message }], true);
  }
}

function toggleEducator() {
  const button = byId('toggle-educator');
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? 'Hide the reasoning' : 'Show the reasoning';
  byId('educator-body').hidden = !open;
  if (open) educator.open();
}

start();
