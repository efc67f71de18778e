import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useGqlQuery } from '../providers/use-gql';
import { MUTED } from '../pages/applications/text-colors';
import { ACCEPT, checkFile, sizeInWords } from './attachment-rules';
import { ATTACHMENT_MAX_BYTES_QUERY } from './queries';
import { pickerButtonProps } from './picker-button';

/** Until the API has answered: the default of UPLOAD_MAX_BYTES. */
const DEFAULT_MAX_BYTES = 10_485_760;

export const useAttachmentMaxBytes = (): number => {
  const { data } = useGqlQuery(ATTACHMENT_MAX_BYTES_QUERY, {}, { resource: 'requests' });
  return data?.attachmentMaxBytes ?? DEFAULT_MAX_BYTES;
};

/**
 * Picks files to send with a form (uploaded when the form is saved, to the record it creates): the
 * limits in words under the button, a file of another type or over the size refused at once.
 */
export const AttachmentPicker = ({
  value = [],
  onChange,
}: {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const maxBytes = useAttachmentMaxBytes();
  const hintId = useId();
  const size = sizeInWords(maxBytes);
  return (
    <div>
      <Upload
        multiple
        accept={ACCEPT}
        fileList={value}
        beforeUpload={(file) => {
          const fault = checkFile(file, maxBytes);
          if (fault) {
            void message.error(t(`requests.attachments.${fault}`, { name: file.name, size }));
          } else {
            const entry: UploadFile = { uid: file.uid, name: file.name, size: file.size, originFileObj: file };
            onChange?.([...value, entry]);
          }
          return Upload.LIST_IGNORE; // kept here, sent when the form is saved
        }}
        onRemove={(file) => onChange?.(value.filter((item) => item.uid !== file.uid))}
      >
        <Button icon={<PaperClipOutlined />} aria-describedby={hintId} {...pickerButtonProps}>
          {t('requests.attachments.pick')}
        </Button>
      </Upload>
      <div id={hintId} style={{ ...MUTED, marginTop: 4 }}>
        {t('requests.attachments.hint', { size })}
      </div>
    </div>
  );
};

/** The browser files of the picker's list. */
export const pickedFiles = (files: readonly UploadFile[] | undefined): File[] =>
  (files ?? []).flatMap((file) => (file.originFileObj ? [file.originFileObj as File] : []));
