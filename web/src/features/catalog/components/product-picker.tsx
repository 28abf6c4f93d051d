import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { isProblem } from '@/lib/api-client';
import { formatNaira } from '@/lib/money';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { getProductByBarcode } from '../api/get-product';
import { listProducts } from '../api/list-products';
import type { Product } from '../api/product';
import { looksLikeBarcode } from '../barcode';
import { rememberProduct } from '../product-lookup';

export interface ProductPickerProps {
  label?: string;
  onPick: (product: Product) => void;
  hint?: string;
  /** Keeps the status line out of sight (for filter bars); it is still announced. */
  compact?: boolean;
  /** What is announced after a pick; "Added …" by default. */
  pickedText?: (product: Product) => string;
}

/**
 * Finds a product by name, SKU or barcode (a combobox: arrows choose, Enter picks). A scanned
 * barcode followed by Enter picks its product at once. The box empties after each pick, ready
 * for the next product.
 */
export function ProductPicker({
  label = 'Add a product',
  onPick,
  hint,
  compact = false,
  pickedText = (product) => `Added ${product.name}.`,
}: ProductPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Product[]>([]);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const open = results.length > 0 && text.trim() !== '';

  useEffect(() => {
    if (search === '') return setResults([]);
    const controller = new AbortController();
    listProducts({ q: search, categoryId: '', active: 'true' }, 0, 8, controller.signal)
      .then((page) => {
        setResults(page.items);
        setActive(page.items.length > 0 ? 0 : -1);
        setMessage(page.items.length === 0 ? `No product matches “${search}”.` : '');
      })
      .catch(() => {
        if (!controller.signal.aborted) setMessage('Products could not be searched.');
      });
    return () => controller.abort();
  }, [search]);

  const pick = (product: Product) => {
    rememberProduct(product);
    onPick(product);
    setText('');
    setResults([]);
    setActive(-1);
    setMessage(pickedText(product));
  };

  const byBarcode = async (code: string) => {
    try {
      pick(await getProductByBarcode(code));
    } catch (error) {
      setMessage(
        isProblem(error, 'not-found') || (error as { status?: number }).status === 404
          ? `No product has the barcode ${code}.`
          : 'The barcode could not be looked up.',
      );
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
    } else if (event.key === 'Escape') {
      setResults([]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const typed = text.trim();
      if (looksLikeBarcode(typed)) void byBarcode(typed);
      else if (open && results[active] && search === typed) pick(results[active]);
    }
  };

  const listId = `${id}-list`;
  return (
    <div className={compact ? 'field picker picker--compact' : 'field picker'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && <p className="field__hint">{hint}</p>}
      <input
        id={id}
        className="field__input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Name, SKU or scan a barcode"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setResults([])}
      />
      <ul
        className="picker__list"
        id={listId}
        role="listbox"
        aria-label="Matching products"
        hidden={!open}
      >
        {open &&
          results.map((product, index) => (
            <li
              key={product.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="picker__option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(product)}
            >
              <span className="cell-main">{product.name}</span>
              <span className="cell-sub">
                {product.sku} · {formatNaira(product.priceKobo)}
              </span>
            </li>
          ))}
      </ul>
      <p className="field__hint picker__status" role="status">
        {message}
      </p>
    </div>
  );
}
