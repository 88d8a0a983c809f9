/** What a list or pane says when there is nothing in it yet, with the next step to take. */
import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children && <div className="empty-actions">{children}</div>}
    </div>
  );
}
