import { snippetParts } from './snippet-parts.ts';

/** A search hit in context, the matched words as <mark> elements (React text, never innerHTML). */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="story-row-snippet">
      {snippetParts(text).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
