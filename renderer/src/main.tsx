import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../../shared/api/client.ts';
import { pickTransport } from './transport/pick-transport.ts';
import { createQueryClient } from './shell/query-client.ts';
import { App } from './shell/App.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');

const { transport } = pickTransport();

createRoot(root).render(
  <StrictMode>
    <App api={createApi(transport)} queryClient={createQueryClient()} />
  </StrictMode>,
);
