import { resolveSettings } from '../../../src/settings';
import { analyseText } from './classify-text';

const settings = resolveSettings();
const analyse = (text: string) => analyseText(text, settings);

// Step II read from the same clauses as Step I (own examples, none from an evaluation set).
describe('attribution from told causes', () => {
  it('a count right after the failure makes it recur: "missed 4 scheduled pickups"', () => {
    const { classification, attribution } = analyse('Waste, clinic. Missed 4 scheduled pickups, practice manager ended the contract.');
    expect(classification.segment).toBe('unintentionally_pushed_away');
    expect(attribution.stability.value).toBe('stable');
  });

  it('a rival with people on site near them is not ours to fix', () => {
    const { classification, attribution } = analyse('Lost to a firm with local technicians on site within the hour; we are three hours away.');
    expect(classification.segment).toBe('pulled_away');
    expect(attribution.controllability.value).toBe('unknown');
  });

  it('a one-off cheap stock lot is an unstable price cause', () => {
    const { classification, attribution } = analyse('They bought an overstock lot of cartons from a closing plant; back with us once it is used up.');
    expect(classification.segment).toBe('bought_away');
    expect(attribution.stability.value).toBe('unstable');
  });

  it.each([
    ['en', 'The rival won with a customer portal; ours was built for another client and never demoed to them.'],
    ['de', 'Der Wettbewerber bietet ein Kundenportal, das wir bei einem anderen Kunden haben, aber nie vorgestellt haben.'],
    ['es', 'Se fueron por la app de seguimiento del rival; la nuestra ya existe pero nunca se la presentamos.'],
  ])('what we have but never showed them is ours to fix (%s)', (_lang, text) => {
    const { classification, attribution } = analyse(text);
    expect(classification.segment).toBe('pulled_away');
    expect(attribution.controllability.value).toBe('controllable');
  });

  it.each([
    ['en', 'cust wanted on-site calibration, the rival offers it, we do not'],
    ['fr', "Le client est parti chez un concurrent qui a un atelier à dix minutes du site ; nous sommes à trois heures de route."],
  ])('what we lack, or a rival close by, is not shown to be ours to fix (%s)', (_lang, text) => {
    const { classification, attribution } = analyse(text);
    expect(classification.segment).toBe('pulled_away');
    expect(attribution.controllability.value).toBe('unknown');
  });
});
