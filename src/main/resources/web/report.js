import { h } from './dom.js';

// The report as cards, in the order the service gives (most urgent first). Each card shows the
// advice with its caveat, how sure the evidence is, the person's own answers that led to it, and
// its sources. The words are the pack's; the page only lays them out.

const INDICATOR_WORDS = { critical: 'Act on this', warning: 'Important', info: 'Good to know' };

/** The page's own words for an indicator, as its cards show them (never the internal id). */
export function indicatorWords(indicator) {
  return INDICATOR_WORDS[indicator] || indicator;
}

export function cards(items, { headingLevel = 'h3', marker } = {}) {
  return h('ol', { className: 'cards' }, items.map(item => h('li', {}, card(item, { headingLevel, marker }))));
}

export function card(item, { headingLevel = 'h3', marker } = {}) {
  const word = indicatorWords(item.indicator);
  return h('article', { className: `card ${item.indicator}${marker ? ` diff-${marker.kind}` : ''}`,
    'data-advice': item.id, 'aria-labelledby': `card-${item.id}-${marker?.kind || 'report'}` },
  marker ? h('p', { className: 'diff-marker' }, marker.text) : null,
  h('p', { className: 'indicator' }, word),
  h(headingLevel, { id: `card-${item.id}-${marker?.kind || 'report'}` }, item.summary),
  h('p', {}, item.detail),
  h('dl', {},
    h('dt', {}, 'How sure is this?'), h('dd', { className: 'certainty' }, item.certainty.statement),
    h('dt', {}, 'Keep in mind'), h('dd', { className: 'caveat' }, item.caveat),
    h('dt', {}, 'Because'), h('dd', { className: 'because' }, because(item.because))),
  sources(item));
}

function because(reasons) {
  if (reasons.length === 0) return 'This is for everyone, whatever the answers.';
  return h('ul', {}, reasons.map(reason => h('li', {}, reason.text)));
}

function sources(item) {
  // Always open, not folded away: the handout must print them.
  return h('div', { className: 'sources' },
    h('p', { className: 'sources-title' }, 'Sources'),
    h('ul', {}, item.sources.map(source => h('li', {},
      h('span', { className: 'source-label' }, source.label), ': ', source.citation,
      // A new tab, so following a source never loses the answers on this page.
      source.url ? [' ', h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' },
        'Read it', h('span', { className: 'visually-hidden' }, ' (opens in a new tab)'))] : null))));
}
