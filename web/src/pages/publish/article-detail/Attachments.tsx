import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { Article } from '../../../../../common/publish';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';

/** The files attached to an article: upload (checked on the server against the extension), download, remove. */
export function Attachments(props: { article: Article; disabled: boolean; onChanged: (a: Article) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { article } = props;
  return (
    <>
      <List
        size="small"
        dataSource={article.attachments}
        locale={{ emptyText: '—' }}
        renderItem={(f) => (
          <List.Item
            actions={
              props.disabled
                ? []
                : [
                    <Popconfirm
                      key="del"
                      title={t('common.confirmDelete')}
                      onConfirm={() =>
                        void api
                          .delete('/publish/articles/{id}/attachments/{fileId}', { params: { path: { id: article.id, fileId: f.id } } })
                          .then(props.onChanged)
                          .catch((e: Error) => message.error(e.message))
                      }
                    >
                      <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                    </Popconfirm>,
                  ]
            }
          >
            <a onClick={() => void api.download('/publish/articles/{id}/attachments/{fileId}', { path: { id: article.id, fileId: f.id } }, f.name).catch((e: Error) => message.error(e.message))}>
              <PaperClipOutlined /> {f.name}
            </a>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {(f.size / 1024).toFixed(1)} KB
            </Typography.Text>
          </List.Item>
        )}
      />
      {!props.disabled && (
        <Upload
          showUploadList={false}
          customRequest={({ file }) => {
            setBusy(true);
            api
              .upload('/publish/articles/{id}/attachments', file as File, { params: { path: { id: article.id } } })
              .then((a) => {
                props.onChanged(a);
                void message.success(t('common.saved'));
              })
              .catch((e: Error) => message.error(e.message))
              .finally(() => setBusy(false));
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} style={{ marginTop: 8 }}>
            {t('publish.upload')}
          </Button>
        </Upload>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {t('publish.attachmentHint')}
      </Typography.Paragraph>
    </>
  );
}
