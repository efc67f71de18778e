import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { Alert, App, Button, Card, Col, Row, Space, Statistic, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/responsive-table';
import type { ImportEnterprisesMutation } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlCall, useGqlMutation } from '../../providers/use-gql';
import { ImportProgress, newImportId } from './import-progress';
import { ENTERPRISE_IMPORT_TEMPLATE_QUERY, IMPORT_ENTERPRISES_MUTATION } from './queries';

type Report = ImportEnterprisesMutation['importEnterprises'];
type Rejection = Report['rejected'][number];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file's bytes as base64 (what `importEnterprises` takes). */
export const fileToBase64 = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

const downloadBase64 = (base64: string, filename: string) => {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/**
 * Staff import enterprises from an .xlsx: valid rows are saved (upserted by USCC), rejected ones
 * are listed with row, column and reason. The template carries the expected header row. While the
 * import runs, a bar shows the rows done (polled under an id the page chose).
 */
export const EnterpriseImport = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [report, setReport] = useState<Report | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [runningId, setRunningId] = useState<string | null>(null);
  const [lastId, setLastId] = useState<string | null>(null);
  const importer = useGqlMutation(IMPORT_ENTERPRISES_MUTATION, { invalidates: ['enterprises'] });
  const template = useGqlCall(ENTERPRISE_IMPORT_TEMPLATE_QUERY);

  const upload = async (file: File) => {
    setFailure(null);
    setReport(null);
    setFileName(file.name);
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setFailure(t('enterprises.import.onlyXlsx'));
      return;
    }
    const importId = newImportId();
    setLastId(importId);
    setRunningId(importId);
    try {
      const { importEnterprises } = await importer.run({ file: await fileToBase64(file), importId });
      setReport(importEnterprises);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setRunningId(null);
    }
  };

  const downloadTemplate = async () => {
    try {
      const { enterpriseImportTemplate } = await template.run({});
      downloadBase64(enterpriseImportTemplate, t('enterprises.import.templateFile'));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <List
      resource="enterprises"
      title={t('enterprises.titles.import')}
      canCreate={false}
      headerButtons={
        <Button icon={<DownloadOutlined />} loading={template.pending} onClick={() => void downloadTemplate()}>
          {t('enterprises.import.template')}
        </Button>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('enterprises.import.intro')}
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
            {importer.pending ? t('enterprises.import.running') : t('enterprises.import.upload')}
          </p>
          {fileName && <p className="ant-upload-hint">{fileName}</p>}
        </Upload.Dragger>
        {runningId && <ImportProgress key={runningId} importId={runningId} />}
        {!runningId && report && lastId && <ImportProgress key={lastId} importId={lastId} finishedRows={report.rows} />}
        {failure && <Alert type="error" showIcon message={t('enterprises.import.failed')} description={failure} />}
        {report && (
          <Card size="small" title={t('enterprises.import.report')}>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col xs={12} md={4}>
                <Statistic title={t('enterprises.import.rows')} value={report.rows} />
              </Col>
              <Col xs={12} md={5}>
                <Statistic
                  title={t('enterprises.import.createdLabel')}
                  value={report.created}
                  valueStyle={{ color: '#52c41a' }}
                />
              </Col>
              <Col xs={12} md={5}>
                <Statistic
                  title={t('enterprises.import.updatedLabel')}
                  value={report.updated}
                  valueStyle={{ color: '#1677ff' }}
                />
              </Col>
              <Col xs={12} md={5}>
                <Statistic title={t('enterprises.import.unchangedLabel')} value={report.unchanged} />
              </Col>
              <Col xs={12} md={5}>
                <Statistic
                  title={t('enterprises.import.rejectedLabel')}
                  value={report.rejectedRows}
                  valueStyle={{ color: report.rejectedRows ? '#cf1322' : undefined }}
                />
              </Col>
            </Row>
            {report.rejected.length === 0 ? (
              <Alert type="success" showIcon message={t('enterprises.import.allGood')} />
            ) : (
              <ResponsiveTable<Rejection>
                label={t('enterprises.import.report')}
                card={(row) => (
                  <Card
                    size="small"
                    title={`${t('enterprises.import.row')} ${row.row} · ${row.columnLabel ?? t('enterprises.import.wholeRow')}`}
                  >
                    <Typography.Paragraph style={{ margin: 0 }}>{row.reason}</Typography.Paragraph>
                    {row.uscc && (
                      <Typography.Text type="secondary">
                        {t('enterprises.fields.uscc')} <Typography.Text code>{row.uscc}</Typography.Text>
                      </Typography.Text>
                    )}
                  </Card>
                )}
                size="small"
                rowKey={(row) => `${row.row}:${row.column ?? ''}:${row.reason}`}
                dataSource={report.rejected}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                columns={[
                  { key: 'row', title: t('enterprises.import.row'), width: 80, render: (_, row) => row.row },
                  {
                    key: 'column',
                    title: t('enterprises.import.column'),
                    width: 220,
                    render: (_, row) => row.columnLabel ?? t('enterprises.import.wholeRow'),
                  },
                  {
                    key: 'uscc',
                    title: t('enterprises.fields.uscc'),
                    width: 200,
                    render: (_, row) => <Typography.Text code>{row.uscc ?? t('common.none')}</Typography.Text>,
                  },
                  { key: 'reason', title: t('enterprises.import.reason'), render: (_, row) => row.reason },
                ]}
              />
            )}
          </Card>
        )}
      </Space>
    </List>
  );
};
