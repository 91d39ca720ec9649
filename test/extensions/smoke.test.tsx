import { Button, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';

test('renderer works', () => {
  const r = createRenderer('crm.record.tab');
  r.render(<><Text>hello</Text><Button onClick={() => undefined}>Go</Button></>);
  expect(r.find(Button).text).toBe('Go');
});
