// The page is a thin client of the service's /v1 API: every question, rule and piece of advice
// comes from there. Errors arrive as problem details, which the page shows as they are.

export class ProblemError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'The service could not answer.');
    this.problem = problem;
  }

  /** The per-field problems of invalid answers, or one problem for the whole request. */
  get problems() {
    return this.problem.problems || [{ field: 'answers', message: this.message }];
  }
}

async function call(path, { body, accept = 'application/json', method = body === undefined ? 'GET' : 'POST' } = {}) {
  const headers = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
  });
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json()
      : { title: `The service answered ${response.status}.`, status: response.status };
    throw new ProblemError(problem);
  }
  return type.includes('json') ? response.json() : response.text();
}

function query(name, values) {
  return values.map(value => `${name}=${encodeURIComponent(value)}`).join('&');
}

export const api = {
  questionnaire: () => call('/v1/questionnaire'),
  catalogue: () => call('/v1/catalogue'),
  applicable: answers => call('/v1/questions/applicable', { body: answers }),
  advice: (answers, trace = false) => call(`/v1/advice${trace ? '?trace=true' : ''}`, { body: answers }),
  diagram: answers => call('/v1/advice', { body: answers, accept: 'text/vnd.mermaid' }),
  why: (answers, id) => call(`/v1/explain/why?${query('advice', [id])}`, { body: answers }),
  whyNot: (answers, id) => call(`/v1/explain/why-not?${query('advice', [id])}`, { body: answers }),
  whatIf: (answers, sets) => call(`/v1/explain/what-if?${query('set', sets)}`, { body: answers }),
  steps: answers => call('/v1/explain/steps', { body: answers }),
};
