// Where notices may go, in order of preference, and whether a placement leaves a control uncovered.

export const TOAST_CORNERS = ['bottom-right', 'top-right', 'bottom-left', 'top-left'] as const;
export type ToastCorner = (typeof TOAST_CORNERS)[number];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when the stack's box and the control's box do not overlap (touching edges do not count). */
export function clearCorner(stack: Box, control: Box): boolean {
  return (
    stack.right <= control.left ||
    stack.left >= control.right ||
    stack.bottom <= control.top ||
    stack.top >= control.bottom
  );
}
