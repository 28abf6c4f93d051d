import { useEffect, useState } from 'react';
import { fetchFile } from '../api/fetch-file';

export interface FileImageProps {
  fileId: string;
  alt: string;
  className?: string;
}

type State = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'error' };

/**
 * An image stored by the files service. It is fetched with the session's token and shown
 * from a blob: URL (a token never goes into an address), released when no longer shown.
 */
export function FileImage({ fileId, alt, className }: FileImageProps) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    setState({ status: 'loading' });
    fetchFile(fileId, controller.signal)
      .then((blob) => {
        url = URL.createObjectURL(blob);
        setState({ status: 'ready', url });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [fileId]);

  if (state.status === 'ready') return <img className={className} src={state.url} alt={alt} />;
  return (
    <p className={['image-placeholder', className].filter(Boolean).join(' ')}>
      {state.status === 'loading' ? 'Loading image…' : 'The image could not be loaded.'}
    </p>
  );
}
