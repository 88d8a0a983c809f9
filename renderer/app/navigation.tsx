/** The current place and how to go elsewhere, for any view that links across sections. */
import { createContext, useContext, type ReactNode } from 'react';
import { useRoute, type Route } from './route.js';

interface Navigation {
  route: Route;
  go(next: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [route, go] = useRoute();
  return <NavigationContext.Provider value={{ route, go }}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
