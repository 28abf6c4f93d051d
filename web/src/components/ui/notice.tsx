import type { ReactNode } from 'react';

type Tone = 'info' | 'warning' | 'error' | 'success';

export interface NoticeProps {
  tone?: Tone;
  /** 'status' is announced politely, 'alert' interrupts: use it for errors after an action. */
  role?: 'status' | 'alert';
  title?: string | undefined;
  id?: string | undefined;
  children: ReactNode;
}

export function Notice({ tone = 'info', role = 'status', title, id, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={role} id={id}>
      {title && <p className="notice__title">{title}</p>}
      <div className="notice__body">{children}</div>
    </div>
  );
}
