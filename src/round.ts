/** `n` rounded to `digits` decimals: scores, confidences and weights as the card and the CLI show them. */
export const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;
