import { readProcedureDate } from '../../lambda/care/procedure-date';

const TODAY = '2026-11-24'; // a Tuesday

describe('readProcedureDate', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026-11-24', '2026-11-24'],
    ['PRESENT_REF', '2026-11-24'],
    ['XXXX-11-20', '2026-11-20'],
    ['XXXX-12-20', '2025-12-20'],
    ['2025-03-02', '2025-03-02'],
  ])('reads %s as the day %s', (value, date) => {
    expect(readProcedureDate(value, TODAY)).toMatchObject({ kind: 'date', date });
  });

  it('reads a year-less date that Alexa moved into next year as the most recent past one', () => {
    // "November 20th" said on November 24th reaches the skill as next year's date.
    expect(readProcedureDate('2027-11-20', TODAY)).toEqual({
      kind: 'date',
      date: '2026-11-20',
      shiftedFromFuture: true,
    });
  });

  it('finds the last February 29 for a year-less leap day', () => {
    expect(readProcedureDate('XXXX-02-29', TODAY)).toMatchObject({ kind: 'date', date: '2024-02-29' });
  });

  it.each([
    ['2026-11-25', '2026-11-18'],
    ['2026-11-30', '2026-11-23'],
    ['2026-12-01', '2026-11-24'],
  ])('asks whether %s, a weekday in the coming week, meant %s', (value, lastWeek) => {
    expect(readProcedureDate(value, TODAY)).toEqual({ kind: 'confirm-weekday', heard: value, lastWeek });
  });

  it('takes a date more than a week ahead as an upcoming procedure', () => {
    expect(readProcedureDate('2026-12-10', TODAY)).toMatchObject({ kind: 'date', date: '2026-12-10' });
  });

  it.each([
    ['2026-W48', 'week'],
    ['2026-W48-WE', 'weekend'],
    ['2026-11', 'month'],
    ['2026', 'year'],
    ['202X', 'decade'],
    ['2026-WI', 'season'],
    ['XXXX-W47', 'week'],
    ['XXXX-11', 'month'],
  ])('asks for the exact day when it hears %s (a %s)', (value, unit) => {
    expect(readProcedureDate(value, TODAY)).toEqual({ kind: 'vague', unit });
  });

  it.each(['1900-01-01', '9999-12-31', '2028-06-01'])('refuses %s as too far from today', (value) => {
    expect(readProcedureDate(value, TODAY)).toEqual({ kind: 'out-of-range', date: value });
  });

  it.each([undefined, '', '2026-13-45', '2026-02-30', 'yesterday', '<speak>', 'XXXX-13-40', '?'])(
    'cannot read %p',
    (value) => {
      expect(readProcedureDate(value, TODAY)).toEqual({ kind: 'unreadable' });
    },
  );
});
