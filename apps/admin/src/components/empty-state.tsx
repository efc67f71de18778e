import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/** An empty list that says why it is empty and what to do next (a link or a button). */
export const EmptyState = ({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) => (
  <Empty
    image={Empty.PRESENTED_IMAGE_SIMPLE}
    description={
      <>
        <Typography.Text strong style={{ display: 'block' }}>
          {title}
        </Typography.Text>
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      </>
    }
  >
    {action}
  </Empty>
);
