// The jest project "extensions (proxy envelope)" (jest.config.js): every queued backend error reaches the
// card wrapped the way HubSpot's dev proxy wraps it (see proxy-mode.ts).
process.env.REGAIN_TEST_CARD_PROXY = 'envelope';
