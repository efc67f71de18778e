import { CheckCircleOutlined, ExclamationCircleOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Typography, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentList, type AttachmentView } from '../../attachments/attachment-list';
import { useAttachmentMaxBytes } from '../../attachments/attachment-picker';
import { ACCEPT, checkFile, sizeInWords } from '../../attachments/attachment-rules';
import type { ApplicationDocument } from '../../gql/graphql';
import { FAIL, MUTED, PASS } from './text-colors';
import { pickerButtonProps } from '../../attachments/picker-button';

export interface DocumentRequirement {
  document: ApplicationDocument;
  required: boolean;
}

export type DocumentFile = AttachmentView & { category?: string | null };

/** Files picked in the wizard, by document, uploaded when the application is saved. */
export type PickedDocuments = Partial<Record<ApplicationDocument, UploadFile[]>>;

/** The required documents that neither an attached nor a picked file provides. */
export const missingOf = (
  requirements: readonly DocumentRequirement[],
  files: readonly DocumentFile[],
  picked: PickedDocuments = {},
): ApplicationDocument[] =>
  requirements
    .filter(({ required }) => required)
    .map(({ document }) => document)
    .filter((document) => !files.some((file) => file.category === document) && !picked[document]?.length);

/**
 * An application's document checklist: each document of its kind, required or optional, with the
 * files attached (downloadable) and whether it is there. Editable (the wizard): a picker per
 * document, the files kept until the application is saved; the applicant's own files removable.
 */
export const ApplicationDocuments = ({
  requirements,
  files,
  picked,
  onPick,
  removable = false,
}: {
  requirements: readonly DocumentRequirement[];
  files: readonly DocumentFile[];
  picked?: PickedDocuments;
  onPick?: (picked: PickedDocuments) => void;
  removable?: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const maxBytes = useAttachmentMaxBytes();
  const size = sizeInWords(maxBytes);
  return (
    <List
      size="small"
      bordered
      dataSource={[...requirements]}
      renderItem={({ document, required }) => {
        const name = t(`applications.documents.kinds.${document}`);
        const attached = files.filter((file) => file.category === document);
        const chosen = picked?.[document] ?? [];
        const present = attached.length + chosen.length > 0;
        return (
          <List.Item key={document} style={{ display: 'block' }}>
            <Flex justify="space-between" align="center" wrap gap={8}>
              <span>
                <Typography.Text strong>{name}</Typography.Text>{' '}
                <Typography.Text style={MUTED}>
                  {required ? t('applications.documents.required') : t('applications.documents.optional')}
                </Typography.Text>
              </span>
              {present ? (
                <Typography.Text style={PASS}>
                  <CheckCircleOutlined /> {t('applications.documents.provided')}
                </Typography.Text>
              ) : (
                required && (
                  <Typography.Text style={FAIL}>
                    <ExclamationCircleOutlined /> {t('applications.documents.missing')}
                  </Typography.Text>
                )
              )}
            </Flex>
            <AttachmentList files={attached} removable={removable} resources={['applications']} />
            {onPick && (
              <Upload
                multiple
                accept={ACCEPT}
                fileList={chosen}
                beforeUpload={(file) => {
                  const fault = checkFile(file, maxBytes);
                  if (fault) {
                    void message.error(t(`requests.attachments.${fault}`, { name: file.name, size }));
                  } else {
                    const entry: UploadFile = { uid: file.uid, name: file.name, size: file.size, originFileObj: file };
                    onPick({ ...picked, [document]: [...chosen, entry] });
                  }
                  return Upload.LIST_IGNORE; // kept here, sent when the application is saved
                }}
                onRemove={(file) => onPick({ ...picked, [document]: chosen.filter((item) => item.uid !== file.uid) })}
              >
                <Button
                  size="small"
                  icon={<PaperClipOutlined />}
                  style={{ marginTop: 6 }}
                  aria-label={t('applications.documents.pickLabel', { document: name })}
                  {...pickerButtonProps}
                >
                  {t('applications.documents.pick')}
                </Button>
              </Upload>
            )}
          </List.Item>
        );
      }}
    />
  );
};

/** Every picked file with its document, in checklist order. */
export const pickedUploads = (picked: PickedDocuments): { category: ApplicationDocument; file: File }[] =>
  (Object.entries(picked) as [ApplicationDocument, UploadFile[]][]).flatMap(([category, files]) =>
    files.flatMap((file) => (file.originFileObj ? [{ category, file: file.originFileObj as File }] : [])),
  );
