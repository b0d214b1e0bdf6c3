import { App, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { StatsRegionInfo } from '../../../../../common/stats';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';

/** Confirms publishing a region's year (optionally with its districts) to the portal and open data. */
export function PublishModal(props: { open: boolean; region: StatsRegionInfo; year: number; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [children, setChildren] = useState(true);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={props.open}
      title={t('stats.publish.title')}
      okText={t('stats.dashboard.publish')}
      confirmLoading={busy}
      onCancel={props.onClose}
      onOk={() => {
        setBusy(true);
        api
          .post('/stats/publications', { body: { regionCode: props.region.code, year: props.year, includeChildren: children && props.region.level !== 'county' } })
          .then((done) => {
            void message.success(t('stats.publish.done', { n: done.length }));
            props.onDone();
            props.onClose();
          })
          .catch((e: Error) => void message.error(e.message))
          .finally(() => setBusy(false));
      }}
    >
      <Typography.Paragraph>{t('stats.publish.confirm', { region: props.region.fullName, year: props.year })}</Typography.Paragraph>
      {props.region.level !== 'county' && (
        <Checkbox checked={children} onChange={(e) => setChildren(e.target.checked)}>
          {t('stats.publish.children')}
        </Checkbox>
      )}
    </Modal>
  );
}
