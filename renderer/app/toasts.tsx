/**
 * Short notices at the bottom of the window, optionally with one action
 * (typically "ongedaan maken" after a delete). They announce themselves to
 * screen readers and leave by themselves after a while.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n.js';

export interface Toast {
  text: string;
  action?: { label: string; run(): void };
  tone?: 'info' | 'error';
}

interface Shown extends Toast {
  id: number;
}

const ToastContext = createContext<((toast: Toast) => void) | null>(null);
const lifetimeMs = 8000;
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [toasts, setToasts] = useState<Shown[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (toast: Toast) => {
      const id = nextId++;
      setToasts((all) => [...all.slice(-2), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), lifetimeMs);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast ${toast.tone === 'error' ? 'error' : ''}`}>
            <span>{toast.text}</span>
            {toast.action && (
              <button
                type="button"
                className="quiet"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action?.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="quiet close" aria-label={t('ui.close')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: Toast) => void {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast outside ToastProvider');
  return value;
}
