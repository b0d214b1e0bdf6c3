import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n';

interface Stored {
  id: string;
  name: string;
}

/**
 * A form field holding uploaded files by id: each file is uploaded when chosen (checked by the server
 * against its extension) and the form keeps its id. `multiple` keeps a list, otherwise one id.
 */
export function FileField(props: { value?: string | string[] | null; onChange?: (value: string | string[] | null) => void; multiple?: boolean; initial?: Stored[]; id?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [files, setFiles] = useState<Stored[]>(props.initial ?? []);
  const emit = (next: Stored[]) => {
    setFiles(next);
    props.onChange?.(props.multiple ? next.map((f) => f.id) : (next[0]?.id ?? null));
  };
  return (
    <Upload
      id={props.id}
      multiple={props.multiple}
      fileList={files.map((f) => ({ uid: f.id, name: f.name, status: 'done' as const }))}
      onRemove={(file) => emit(files.filter((f) => f.id !== file.uid))}
      beforeUpload={(file) => {
        api
          .upload('/platform/files', file)
          .then((stored) => emit(props.multiple ? [...files, { id: stored.id, name: stored.name }] : [{ id: stored.id, name: stored.name }]))
          .catch((e: Error) => void message.error(e.message));
        return false;
      }}
    >
      <Button icon={<UploadOutlined />}>{t('finance.form.upload')}</Button>
    </Upload>
  );
}
