import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { ATTACHMENT_BYTES_MAX, ATTACHMENTS_MAX } from '../../../../common/services-desk';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n';

/** The files of a question or a reply: each is uploaded when chosen and the form keeps the ids. */
export function AttachmentField(props: { value?: string[]; onChange?: (ids: string[]) => void; id?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [files, setFiles] = useState<{ id: string; name: string }[]>([]);
  const emit = (next: { id: string; name: string }[]) => {
    setFiles(next);
    props.onChange?.(next.map((f) => f.id));
  };
  return (
    <Upload
      id={props.id}
      multiple
      maxCount={ATTACHMENTS_MAX}
      fileList={files.map((f) => ({ uid: f.id, name: f.name, status: 'done' as const }))}
      onRemove={(file) => emit(files.filter((f) => f.id !== file.uid))}
      beforeUpload={(file) => {
        if (file.size > ATTACHMENT_BYTES_MAX) {
          void message.error(`${file.name}: ${ATTACHMENT_BYTES_MAX / 1024 / 1024} MB`);
          return false;
        }
        api.upload('/platform/files', file).then((stored) => emit([...files, { id: stored.id, name: stored.name }])).catch((e: Error) => void message.error(e.message));
        return false;
      }}
    >
      <Button icon={<UploadOutlined />}>{t('services.q.upload')}</Button>
    </Upload>
  );
}
