/** Several choices from a list of records (contributors, dilemmas), ticked in a scrolling box. */
export function CheckList({
  options,
  chosen,
  onChange,
  empty,
}: {
  options: { id: string; label: string; detail?: string }[];
  chosen: string[];
  onChange(ids: string[]): void;
  empty: string;
}) {
  return (
    <div className="check-list">
      {options.length === 0 && <span className="muted">{empty}</span>}
      {options.map((option) => (
        <label key={option.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(option.id)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))
            }
          />
          <span>{option.label}</span>
          {option.detail && <span className="muted">· {option.detail}</span>}
        </label>
      ))}
    </div>
  );
}
