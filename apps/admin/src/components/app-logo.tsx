/** A small inline mark (no image download). */
export const AppLogo = ({ size = 24 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
    <rect width="24" height="24" rx="5" fill="#1677ff" />
    <path d="M5 17 L9 9 L12 14 L15 7 L19 17 Z" fill="#fff" />
  </svg>
);
