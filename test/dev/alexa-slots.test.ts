import { resolveAlexaTime } from '../../dev/alexa-slots';

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
