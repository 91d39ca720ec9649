import { resolveSettings } from '../../../src/settings';
import { analyseText } from './classify-text';

const settings = resolveSettings();
const analyse = (text: string) => {
  const { classification, attribution } = analyseText(text, settings);
  return { segment: classification.segment, stability: attribution.stability.value };
};

// Own examples (none from an evaluation set): recurring against one-off is weighed, not first-come.
describe('Step II: a failure that recurred against a one-off', () => {
  it.each([
    ['a strong one-off beats a stray "since"', 'Since the spring we ran their canteen; one night our cook left the fryer on and the kitchen flooded with smoke. First problem in four years, but they cancelled.', 'unstable'],
    ['a count of failures beats a stray "once"', 'Our couriers missed three pickups in March, and once the lab lost a whole batch of samples; they moved the work.', 'stable'],
    ['"trust us again" is their future, not a recurrence', 'Our technician wiped their booking database during an update. The owner said he could not trust us in the building again.', 'unstable'],
    ['"no ha repetido" is the customer not coming back, not a recurrence', 'Llegamos tarde a la boda por un error nuestro con la fecha. El cliente no ha repetido.', 'unstable'],
    ['German: "zum dritten Mal" recurs', 'Unser Monteur kam zum dritten Mal zu spät, der Kunde hat den Wartungsvertrag gekündigt.', 'stable'],
    ['French: "d\'affilée" recurs', "Trois factures d'affilée avec le mauvais taux de TVA, le client est parti.", 'stable'],
  ])('%s', (_name, text, stability) => {
    const result = analyse(text);
    expect(result.segment).toBe('unintentionally_pushed_away');
    expect(result.stability).toBe(stability);
  });
});

describe('Step I: who went silent, and a subject across "actually"', () => {
  it('our rep going silent is our neglect, not a customer who went dark', () => {
    expect(analyse('Our account manager stopped returning their calls for most of the winter, and they signed elsewhere.').segment).toBe('unintentionally_pushed_away');
  });

  it('the customer going silent stays undetermined', () => {
    expect(analyse('They stopped returning our calls after the demo.').segment).toBe('undetermined');
  });

  it('"the new supplier is actually dearer": they paid more, so price did not drive it', () => {
    const result = analyse('The buyer said it was price. The new supplier is actually a bit dearer, and their dashboards are what the plant wanted.');
    expect(result.segment).not.toBe('bought_away');
  });

  it('"our errors" after a picklist value is ours even without a verb', () => {
    expect(analyse('Concurrent - en fait nos erreurs de facturation depuis 6 mois').segment).toBe('unintentionally_pushed_away');
  });
});
