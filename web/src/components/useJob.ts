import { useEffect, useState } from 'react';
import type { Job } from '../../../common/jobs';
import { api } from '../app/api-client';

/** Follows a background job until it succeeds or fails (polled every 400 ms). */
export function useJob(initial: Job | null, onDone?: (job: Job) => void): { job: Job | null; setJob: (job: Job | null) => void; running: boolean; percent: number } {
  const [job, setJob] = useState<Job | null>(initial);
  useEffect(() => {
    if (!job || job.status === 'succeeded' || job.status === 'failed') return;
    const timer = setTimeout(() => {
      api
        .get('/platform/jobs/{id}', { params: { path: { id: job.id } } })
        .then((j) => {
          setJob(j);
          if (j.status === 'succeeded' || j.status === 'failed') onDone?.(j);
        })
        .catch(() => setJob({ ...job, status: 'failed', message: '网络连接失败' }));
    }, 400);
    return () => clearTimeout(timer);
  }, [job, onDone]);
  const running = !!job && job.status !== 'succeeded' && job.status !== 'failed';
  const percent = job?.status === 'succeeded' ? 100 : job?.total ? Math.min(99, Math.round((job.processed / job.total) * 100)) : 0;
  return { job, setJob, running, percent };
}
