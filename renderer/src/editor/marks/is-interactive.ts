/** Whether a click landed on a control (a button, a field, a link) inside the container rather than on its background. */
export function isInteractive(target: EventTarget, container: Element): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest('button, a, input, textarea, select, label, [contenteditable="true"]');
  return control !== null && container.contains(control);
}
