import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import { PolicyStatusTag } from './policy-tags';
import type { PolicyVersion } from './types';

/** Every version of the policy's code, newest first; the one shown is marked. */
export const VersionsTable = ({ versions, currentId }: { versions: PolicyVersion[]; currentId: string }) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table<PolicyVersion>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={versions}
      aria-label={t('policies.versions.title')}
      columns={[
        {
          key: 'version',
          title: t('policies.fields.version'),
          width: 100,
          render: (_, version) =>
            version.id === currentId ? (
              <strong>v{version.version}</strong>
            ) : (
              <Link to={`/policies/${version.id}`}>v{version.version}</Link>
            ),
        },
        {
          key: 'status',
          title: t('policies.fields.status'),
          width: 100,
          render: (_, v) => <PolicyStatusTag status={v.status} />,
        },
        {
          key: 'publishedAt',
          title: t('policies.versions.publishedAt'),
          render: (_, v) => (v.publishedAt ? f.dateTime(v.publishedAt) : t('common.none')),
        },
        {
          key: 'retiredAt',
          title: t('policies.versions.retiredAt'),
          render: (_, v) => (v.retiredAt ? f.dateTime(v.retiredAt) : t('common.none')),
        },
        { key: 'updatedAt', title: t('policies.versions.updatedAt'), render: (_, v) => f.dateTime(v.updatedAt) },
      ]}
    />
  );
};
