import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { Alert, App, Button, Card, Col, Row, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportLeadsMutation } from '../../../gql/graphql';
import { errorText } from '../../../providers/api-error';
import { useGqlCall, useGqlMutation } from '../../../providers/use-gql';
import { fileToBase64 } from '../../enterprises/import';
import { saveBlob } from './lead-export';
import { IMPORT_LEADS_MUTATION, LEAD_IMPORT_TEMPLATE_QUERY } from './queries';

type Report = ImportLeadsMutation['importLeads'];
type Rejection = Report['rejected'][number];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Staff import leads from an .xlsx with the columns of the lead form: valid rows are saved (a row
 * with an existing lead's USCC updates it), refused ones are listed with row, column and reason.
 */
export const LeadImport = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [report, setReport] = useState<Report | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const importer = useGqlMutation(IMPORT_LEADS_MUTATION, { invalidates: ['leads'] });
  const template = useGqlCall(LEAD_IMPORT_TEMPLATE_QUERY);

  const upload = async (file: File) => {
    setFailure(null);
    setReport(null);
    setFileName(file.name);
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setFailure(t('leads.transfer.onlyXlsx'));
      return;
    }
    try {
      const { importLeads } = await importer.run({ file: await fileToBase64(file) });
      setReport(importLeads);
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  const downloadTemplate = async () => {
    try {
      const { leadImportTemplate } = await template.run({});
      const bytes = Uint8Array.from(atob(leadImportTemplate), (char) => char.charCodeAt(0));
      saveBlob(new Blob([bytes], { type: XLSX_TYPE }), t('leads.transfer.templateFile'));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const counts: { key: keyof Report; label: string; color?: string }[] = [
    { key: 'rows', label: t('leads.transfer.rows') },
    { key: 'created', label: t('leads.transfer.created'), color: '#389e0d' },
    { key: 'updated', label: t('leads.transfer.updated'), color: '#0958d9' },
    { key: 'unchanged', label: t('leads.transfer.unchanged') },
    { key: 'rejectedRows', label: t('leads.transfer.rejected'), color: report?.rejectedRows ? '#cf1322' : undefined },
  ];

  return (
    <List
      resource="leads"
      title={t('leads.transfer.title')}
      canCreate={false}
      headerButtons={
        <Button icon={<DownloadOutlined />} loading={template.pending} onClick={() => void downloadTemplate()}>
          {t('leads.transfer.template')}
        </Button>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('leads.transfer.intro')}
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={importer.pending}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {importer.pending ? t('leads.transfer.running') : t('leads.transfer.upload')}
          </p>
          {fileName && <p className="ant-upload-hint">{fileName}</p>}
        </Upload.Dragger>
        {failure && <Alert type="error" showIcon message={t('leads.transfer.failed')} description={failure} />}
        {report && (
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('leads.transfer.report')}</h2>}>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              {counts.map(({ key, label, color }) => (
                <Col key={key} xs={12} md={4}>
                  <Statistic title={label} value={report[key] as number} valueStyle={color ? { color } : undefined} />
                </Col>
              ))}
            </Row>
            {report.rejected.length === 0 ? (
              <Alert type="success" showIcon message={t('leads.transfer.allGood')} />
            ) : (
              <Table<Rejection>
                size="small"
                aria-label={t('leads.transfer.rejectedTable')}
                rowKey={(row) => `${row.row}:${row.column ?? ''}:${row.reason}`}
                dataSource={report.rejected}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                scroll={{ x: 640 }}
                columns={[
                  { key: 'row', title: t('leads.transfer.row'), width: 70, render: (_, row) => row.row },
                  {
                    key: 'column',
                    title: t('leads.transfer.column'),
                    width: 180,
                    render: (_, row) => row.column ?? t('leads.transfer.wholeRow'),
                  },
                  {
                    key: 'companyName',
                    title: t('leads.fields.companyName'),
                    width: 220,
                    render: (_, row) => row.companyName ?? t('common.none'),
                  },
                  { key: 'reason', title: t('leads.transfer.reason'), render: (_, row) => row.reason },
                ]}
              />
            )}
          </Card>
        )}
      </Space>
    </List>
  );
};
