import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { i18next } from '../i18n/i18n';
import { EmbedShell } from './embed-shell';
import { Shell } from './shell';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

/** Providers only; the layout lives in Shell, or in EmbedShell for the embed entry. */
export function App({ mode = 'full' }: { mode?: 'full' | 'embed' }) {
  return (
    <I18nextProvider i18n={i18next}>
      <QueryClientProvider client={queryClient}>
        {mode === 'embed' ? <EmbedShell /> : <Shell />}
      </QueryClientProvider>
    </I18nextProvider>
  );
}
