import type { ReactElement } from 'react';

test('the entry file registers the card for crm.record.tab and passes context and actions through', () => {
  jest.isolateModules(() => {
    // A fresh module registry: the card file registers itself on import.
    const ui = require('@hubspot/ui-extensions') as typeof import('@hubspot/ui-extensions');
    const extend = jest.fn();
    ui.hubspot.extend = extend;
    const card = require('../../extensions/app/cards/LostDealCard') as typeof import('../../extensions/app/cards/LostDealCard');

    expect(extend).toHaveBeenCalledTimes(1);
    const render = extend.mock.calls[0]![0] as (api: { context: unknown; actions: unknown }) => ReactElement;
    const context = { crm: { objectId: 1, objectTypeId: '0-3' } };
    const actions = { addAlert: jest.fn() };
    const element = render({ context, actions });
    expect(element.type).toBe(card.LostDealCard);
    expect(element.props).toEqual({ context, actions });
  });
});
