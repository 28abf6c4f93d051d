import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { looksLikeBarcode } from '../barcode';

export interface ProductSearchBoxProps {
  value: string;
  /** The search to run, after typing stops for a moment or on Enter. */
  onSearch: (q: string) => void;
  /** Enter after a complete barcode (what a scanner types). */
  onBarcode: (code: string) => void;
  delayMs?: number;
}

/** The product search box: searches as you type, and a scanned barcode opens its product. */
export function ProductSearchBox({
  value,
  onSearch,
  onBarcode,
  delayMs = 300,
}: ProductSearchBoxProps) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancel, []);

  const onChange = (next: string) => {
    setText(next);
    cancel();
    timer.current = setTimeout(() => {
      timer.current = null;
      if (next.trim() !== value.trim()) onSearch(next.trim());
    }, delayMs);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    cancel();
    const typed = text.trim();
    if (looksLikeBarcode(typed)) onBarcode(typed);
    else onSearch(typed);
  };

  return (
    <div className="field search-field">
      <label className="field__label" htmlFor="product-search">
        Search
      </label>
      <input
        id="product-search"
        className="field__input"
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="Name, SKU or scan a barcode"
        aria-describedby="product-search-hint"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="visually-hidden" id="product-search-hint">
        Results update as you type. Scan a barcode and press Enter to open its product.
      </p>
    </div>
  );
}
