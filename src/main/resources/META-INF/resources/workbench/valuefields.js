// The value fields of a new claim, by the kind of its point, and the ValueInput they make.

import { el } from './dom.js';

const UNITS = {
  LENGTH: ['km', 'm', 'mi'], DURATION: ['min', 'h', 'day', 'week', 'month', 'year'], PERCENT: ['%'],
  MASS: ['kg', 't', 'g', 'lb'],
};
const APPROXIMATIONS = ['EXACT', 'ABOUT', 'NEARLY', 'OVER', 'UNDER', 'AT_LEAST', 'UP_TO'];

function field(id, label, input) {
  return [el('label', { for: id }, label), input];
}

function select(id, options) {
  return el('select', { id }, options.map(o => el('option', { value: o }, o)));
}

/** Form fields for a value of this kind, prefilled from the selected words where that makes sense. */
export function valueFields(kind, selected) {
  const number = (selected.match(/\d[\d,]*(\.\d+)?/) ?? [''])[0].replace(/,/g, '');
  switch (kind) {
    case 'COUNT':
    case 'LENGTH':
    case 'DURATION':
    case 'PERCENT':
    case 'MASS':
      return [
        field('value-amount', 'Amount as stated (digits, e.g. 3.7)', el('input', { id: 'value-amount', type: 'text', inputmode: 'decimal', required: true, value: number })),
        field('value-to', 'Up to, for a range (optional, e.g. 99 for "dozens")', el('input', { id: 'value-to', type: 'text', inputmode: 'decimal' })),
        UNITS[kind] ? field('value-unit', 'Unit', select('value-unit', UNITS[kind])) : null,
        field('value-approximation', 'Hedge', select('value-approximation', APPROXIMATIONS)),
      ];
    case 'INSTANT':
      return [
        field('value-at', 'Instant with its UTC offset (e.g. 2020-03-06T00:01+03:00)', el('input', { id: 'value-at', type: 'text', required: true })),
        field('value-tolerance', 'Tolerance in minutes either side', el('input', { id: 'value-tolerance', type: 'number', min: '0', value: '0' })),
      ];
    case 'DATE':
      return field('value-date', 'Date', el('input', { id: 'value-date', type: 'date', required: true }));
    case 'PLACE':
    case 'ACTOR':
      return field('value-name', 'Name as stated', el('input', { id: 'value-name', type: 'text', required: true, value: selected }));
    case 'ASSERTION':
      return field('value-holds', 'The source', el('select', { id: 'value-holds' },
        el('option', { value: 'true' }, 'affirms the point'), el('option', { value: 'false' }, 'denies the point')));
    default:
      return field('value-text', 'What the source says, in brief', el('input', { id: 'value-text', type: 'text', required: true, value: selected }));
  }
}

/** The ValueInput the fields hold. */
export function valueInput(kind, form) {
  const get = id => form.querySelector(`#${id}`)?.value.trim();
  switch (kind) {
    case 'COUNT':
    case 'LENGTH':
    case 'DURATION':
    case 'PERCENT':
    case 'MASS':
      return { kind, amount: get('value-amount'), to: get('value-to') || null, unit: get('value-unit') ?? null, approximation: get('value-approximation') };
    case 'INSTANT':
      return { kind, at: get('value-at'), toleranceMinutes: Number(get('value-tolerance') || 0) };
    case 'DATE':
      return { kind, date: get('value-date') };
    case 'PLACE':
    case 'ACTOR':
      return { kind, name: get('value-name') };
    case 'ASSERTION':
      return { kind, holds: get('value-holds') === 'true' };
    default:
      return { kind, text: get('value-text') };
  }
}
