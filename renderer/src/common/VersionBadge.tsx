/** "v3" beside a story that the wire sent more than once. */
export function VersionBadge({ count }: { count: number | undefined }) {
  if (count === undefined || count < 2) return null;
  return (
    <span className="badge-versions" title={`${count} versions from the wire`}>
      v{count}
      <span className="visually-hidden"> ({count} versions)</span>
    </span>
  );
}
