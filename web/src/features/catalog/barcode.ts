/**
 * What a barcode scanner types: only digits, as long as an EAN-8, UPC-A, EAN-13 or GTIN-14.
 * Enter after such text looks the product up by barcode instead of searching.
 */
export function looksLikeBarcode(text: string): boolean {
  return /^(\d{8}|\d{12,14})$/.test(text.trim());
}
