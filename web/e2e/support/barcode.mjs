// Barcodes for the browser tests: valid EAN-13s of their own per run (a barcode belongs to one product only).

/** The GS1 check digit of the data digits (weights 3 and 1 from the rightmost). */
export function checkDigit(data) {
  const sum = [...data]
    .reverse()
    .reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}
