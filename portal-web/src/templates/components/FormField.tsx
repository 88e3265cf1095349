// A labelled form control with its hint and error message wired for screen readers (aria-describedby,
// aria-invalid); the message comes from the server's field errors, so it works without JavaScript.
import type { ReactElement } from "react";
import { cloneElement } from "react";

export interface FormFieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  /** The control: <input>, <select> or <textarea> (given this `id`; mark it `required` itself). */
  children: ReactElement<Record<string, unknown>>;
}

export function FormField({ id, label, required, hint, error, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "form-field has-error" : "form-field"}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p className="form-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="form-error-text" id={errorId}>
          {error}
        </p>
      ) : null}
      {cloneElement(children, {
        id,
        "aria-describedby": describedBy,
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}
