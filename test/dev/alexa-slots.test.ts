import { resolveAlexaDuration, resolveAlexaTime } from '../../dev/alexa-slots';

describe('the console’s AMAZON.TIME', () => {
  it.each([
    ['9 am', '09:00'],
    ['9 pm', '21:00'],
    ['at 8 30 pm', '20:30'],
    ['twelve pm', '12:00'],
    ['12 am', '00:00'],
    ['eleven p m', '23:00'],
    ['21 15', '21:15'],
    ['noon', '12:00'],
    ['the morning', 'MO'],
    ['in the evening', 'EV'],
    ['night', 'NI'],
  ])('reads “%s” as %s', (said, value) => {
    expect(resolveAlexaTime(said)).toBe(value);
  });

  it.each(['25 00', '13 pm', '0 am', 'later', 'nine thirty'])('reads “%s” as no time', (said) => {
    expect(resolveAlexaTime(said)).toBeUndefined();
  });
});

describe('the console’s AMAZON.DURATION', () => {
  it.each([
    ['10 minutes', 'PT10M'],
    ['ten minutes', 'PT10M'],
    ['1 minute', 'PT1M'],
    ['half an hour', 'PT30M'],
    ['an hour', 'PT1H'],
    ['2 hours', 'PT2H'],
  ])('reads “%s” as %s', (said, value) => {
    expect(resolveAlexaDuration(said)).toBe(value);
  });

  it.each(['minutes', 'zero minutes', 'a while'])('reads “%s” as no duration', (said) => {
    expect(resolveAlexaDuration(said)).toBeUndefined();
  });
});
