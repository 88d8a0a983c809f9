/**
 * How the Dutch patterns divide the word being typed, asked of main
 * (`hyphenation.divide`) once the typing pauses. Null until main has answered
 * for exactly this word, so an answer for an earlier one is never shown.
 */
import { useEffect, useState } from 'react';
import { useData } from '../app/data.js';
import { isWord } from './divisions.js';

const PAUSE_MS = 150;

export function usePatternDivision(word: string): string | null {
  const { client } = useData();
  const [answer, setAnswer] = useState<{ word: string; division: string } | null>(null);
  useEffect(() => {
    if (!isWord(word)) return;
    let live = true;
    const timer = window.setTimeout(() => {
      client.hyphenation
        .divide({ words: [word] })
        .then(({ divisions: [division] }) => {
          if (live && division !== undefined) setAnswer({ word, division });
        })
        // Without the patterns' offer the editor still types the division themselves.
        .catch(() => undefined);
    }, PAUSE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [client, word]);
  return answer?.word === word ? answer.division : null;
}
