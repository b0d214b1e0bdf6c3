import type { Page } from '../../../common/pagination';
import type { Delivery, DeliveryListQuery, Webhook } from '../../../common/protection-admin';
import { pageWindow } from '../../db/query-helpers';
import { writeSheet } from '../../platform/excel';
import { type OutboxServiceDeps, createOutboxSupport } from './outbox-support.service';

/** Reading court docking: the endpoints and the delivery log with its export. */
export function createOutboxQueries(deps: OutboxServiceDeps) {
  const { db, repo } = deps;
  const { mapWebhooks } = createOutboxSupport(deps);

  const queries = {
    async webhooks(): Promise<Webhook[]> {
      return mapWebhooks(await repo.webhooks(db));
    },

    async deliveries(q: DeliveryListQuery): Promise<Page<Delivery>> {
      const { rows, total } = await repo.deliveries(db, { status: q.status, webhookId: q.webhookId }, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.order });
      return {
        items: rows.map((d) => ({
          outboxId: String(d.outbox_id),
          webhookId: d.webhook_id,
          webhookName: d.webhook_name,
          eventType: d.event_type,
          caseId: d.case_id,
          caseNo: d.case_no,
          status: d.status as Delivery['status'],
          attempts: d.attempts,
          nextAttemptAt: d.next_attempt_at ? d.next_attempt_at.toISOString() : null,
          lastError: d.last_error,
          lastStatus: d.last_status,
          deliveredAt: d.delivered_at ? d.delivered_at.toISOString() : null,
          createdAt: d.created_at.toISOString(),
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** The filtered delivery log as a workbook (at most 50,000 rows). */
    async exportDeliveries(q: DeliveryListQuery): Promise<Buffer> {
      const page = await queries.deliveries({ ...q, page: 1, pageSize: 50_000 });
      return writeSheet({
        name: '推送记录',
        columns: [
          { header: '接收接口', width: 28, value: (d: Delivery) => d.webhookName },
          { header: '事件', width: 20, value: (d: Delivery) => d.eventType },
          { header: '案号', width: 26, value: (d: Delivery) => d.caseNo },
          { header: '状态', width: 10, value: (d: Delivery) => (d.status === 'delivered' ? '已送达' : '待推送') },
          { header: '尝试次数', width: 10, value: (d: Delivery) => d.attempts },
          { header: '最近错误', width: 24, value: (d: Delivery) => d.lastError },
          { header: '下次尝试', width: 20, value: (d: Delivery) => (d.nextAttemptAt ? new Date(d.nextAttemptAt) : null) },
          { header: '送达时间', width: 20, value: (d: Delivery) => (d.deliveredAt ? new Date(d.deliveredAt) : null) },
          { header: '产生时间', width: 20, value: (d: Delivery) => new Date(d.createdAt) },
        ],
        rows: page.items,
      });
    },
  };
  return queries;
}
