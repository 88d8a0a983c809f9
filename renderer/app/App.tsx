/** The providers every view relies on, around the window's frame. */
import type { Locale } from '../../main/model/index.js';
import type { Client } from '../api/client.js';
import { I18nProvider } from '../i18n/I18n.js';
import { ProfileProvider } from '../review/profile.js';
import { DataProvider } from './data.js';
import { Frame } from './Frame.js';
import { LeaveGuardProvider } from './leaveGuard.js';
import { NavigationProvider } from './navigation.js';
import { ToastProvider } from './toasts.js';

export function App({ client, locale }: { client: Client; locale: Locale }) {
  return (
    <I18nProvider client={client} initial={locale}>
      <DataProvider client={client}>
        <LeaveGuardProvider>
          <NavigationProvider>
            <ToastProvider>
              <ProfileProvider>
                <Frame />
              </ProfileProvider>
            </ToastProvider>
          </NavigationProvider>
        </LeaveGuardProvider>
      </DataProvider>
    </I18nProvider>
  );
}
