import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Api } from './api.js';
import { App, startSession } from './App.js';
import { takeToken } from './session.js';
import { keepShellOffline } from './shell.js';
import './styles.css';

const token = takeToken();
const api = token === null ? null : new Api(token);
const sessionInfo = api === null ? null : startSession(api);
keepShellOffline(api);
const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App api={api} sessionInfo={sessionInfo} />
  </StrictMode>,
);
