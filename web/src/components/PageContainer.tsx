import { Breadcrumb, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  title: string;
  path?: string;
}

/** The frame of every page: breadcrumb, title, actions on the right, then the content. */
export function PageContainer(props: { title: ReactNode; extra?: ReactNode; crumbs?: Crumb[]; children: ReactNode; card?: boolean }) {
  const { title, extra, crumbs, children, card = true } = props;
  return (
    <div className="page">
      {crumbs && crumbs.length > 0 && (
        <Breadcrumb style={{ marginBottom: 8 }} items={crumbs.map((c) => ({ title: c.path ? <Link to={c.path}>{c.title}</Link> : c.title }))} />
      )}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra && (
          <Flex gap={8} wrap className="page-actions">
            {extra}
          </Flex>
        )}
      </Flex>
      {card ? <Card>{children}</Card> : children}
    </div>
  );
}
