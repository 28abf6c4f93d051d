import { useState, type ChangeEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { uploadFile } from '@/features/files/api/upload-file';
import { FileImage } from '@/features/files/components/file-image';

export interface ProductImageFieldProps {
  fileId: string | null;
  productName: string;
  onChange: (fileId: string | null) => void;
  error?: string | undefined;
  disabled?: boolean;
}

const MAX_BYTES = 5 * 1024 * 1024;

/** The product picture: uploaded to the files service straight away, saved with the product. */
export function ProductImageField({
  fileId,
  productName,
  onChange,
  error,
  disabled = false,
}: ProductImageFieldProps) {
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    setTooLarge(file.size > MAX_BYTES);
    if (file.size > MAX_BYTES) return;
    setUploading(true);
    try {
      onChange((await uploadFile(file, 'product-image')).id);
    } catch (caught) {
      setProblem(caught);
    } finally {
      setUploading(false);
    }
  };

  return (
    <fieldset className="choice-group image-field" disabled={disabled}>
      <legend className="field__label">Picture</legend>
      <div className="image-field__body">
        {fileId ? (
          <FileImage
            className="image-field__image"
            fileId={fileId}
            alt={productName ? `Picture of ${productName}` : 'Product picture'}
          />
        ) : (
          <p className="image-placeholder image-field__image">No picture</p>
        )}
        <div className="stack stack--tight">
          <label className="btn btn--secondary btn--small file-button">
            {uploading ? 'Uploading…' : fileId ? 'Replace picture' : 'Choose picture'}
            <input
              className="visually-hidden"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              onChange={(e) => void onFile(e)}
              disabled={uploading || disabled}
            />
          </label>
          {fileId && (
            <Button variant="secondary" className="btn--small" onClick={() => onChange(null)}>
              Remove picture
            </Button>
          )}
          <p className="field__hint">PNG, JPEG or WebP, up to 5 MB.</p>
        </div>
      </div>
      {tooLarge && <p className="field__error">That picture is larger than 5 MB.</p>}
      {error && <p className="field__error">{error}</p>}
      {problem !== null && (
        <ProblemNotice error={problem} fallback="The picture was not uploaded." />
      )}
    </fieldset>
  );
}
