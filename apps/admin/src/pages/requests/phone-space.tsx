import { Space } from 'antd';
import type { ReactNode } from 'react';

/** The enterprise pages' column: the full width of a phone, a readable measure on a wide screen. */
export const PhoneSpace = ({ children }: { children: ReactNode }) => (
  <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
    {children}
  </Space>
);
