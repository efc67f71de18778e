import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LeadFilter } from '../../../gql/graphql';
import { errorText } from '../../../providers/api-error';
import { downloadLeads } from './lead-export';

/** 导出 (the list as filtered now, as .xlsx) and 导入 (the import page), for the leads list's header. */
export const LeadTransferButtons = ({ filter }: { filter: LeadFilter }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const exportList = async () => {
    setExporting(true);
    try {
      await downloadLeads(filter);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>
        {t('leads.transfer.export')}
      </Button>
      <Button icon={<UploadOutlined />} onClick={() => void navigate('/leads/import')}>
        {t('leads.transfer.import')}
      </Button>
    </>
  );
};
