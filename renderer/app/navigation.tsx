/**
 * The current place and how to go elsewhere, for any view that links across
 * sections. Going elsewhere asks first when a form has unsaved changes
 * (leaveGuard.tsx).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useLeaveGuards } from './leaveGuard.js';
import type { Route } from './route.js';
import { useRoute } from './useRoute.js';

interface Navigation {
  route: Route;
  go(next: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const { leave } = useLeaveGuards();
  const [route, go] = useRoute(leave);
  return <NavigationContext.Provider value={{ route, go }}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
