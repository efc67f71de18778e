import type { KeyboardEvent, MouseEvent } from 'react';

/**
 * Props for the button inside an antd Upload, so the keyboard works it as it works any button:
 * rc-upload opens the file chooser both on the Enter key going down and on the click that Enter
 * makes (two choosers, the second lost), and blurs the button when it opens one (the focus falls to
 * the page). Enter now opens it once, and the focus comes back to the button.
 */
export const pickerButtonProps = {
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter') event.stopPropagation();
  },
  onClick: (event: MouseEvent<HTMLElement>) => {
    const button = event.currentTarget;
    setTimeout(() => button.focus(), 0);
  },
};
