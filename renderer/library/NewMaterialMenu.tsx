/** "Nieuw ▾": a small menu with one entry per kind of material. Escape or a click elsewhere closes it. */
import { useEffect, useRef, useState } from 'react';
import { materialKinds, type MaterialKind } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';

export function NewMaterialMenu({ onCreate }: { onCreate(kind: MaterialKind): void }) {
  const { t, lbl } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  return (
    <div
      className="menu-button"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('button')?.focus();
        }
        if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
          event.preventDefault();
          const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
        }
      }}
    >
      <button type="button" className="primary" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('ui.library.new')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu" role="menu">
          {materialKinds.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              onClick={() => {
                setOpen(false);
                onCreate(kind);
              }}
            >
              {lbl('materialKind', kind)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
