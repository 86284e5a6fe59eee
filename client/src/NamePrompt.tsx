import { useState } from 'react';

/** Asks once for the name other reviewers will see beside this person's cursor. */
export function NamePrompt({ initial = '', onSubmit }: { initial?: string; onSubmit: (name: string) => void }) {
  // An invitation made for a named person (a student) offers that name.
  const [name, setName] = useState(initial);
  return (
    <main className="notice">
      <form
        className="name-prompt"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '') onSubmit(name);
        }}
      >
        <h1>Welcome to factmark</h1>
        <label htmlFor="display-name">Your name, as other reviewers will see it</label>
        <input id="display-name" autoFocus maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={name.trim() === ''}>
          Continue
        </button>
      </form>
    </main>
  );
}
