import { useQuery } from '@tanstack/react-query';
import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import { SigningKindLabels } from '../../../../../common/finance-securitisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { wanIn } from '../money-format';

/** The meetings at which a loan was signed, each linked to the meeting's page. */
export function LoanSigningsCard({ loanId }: { loanId: string }) {
  const { t, label } = useI18n();
  const wanYuan = wanIn(t);
  const { data } = useQuery({ queryKey: ['finance-loan-signings', loanId], queryFn: () => api.get('/finance/loans/{id}/signings', { params: { path: { id: loanId } } }) });
  if (!data || data.length === 0) return null;
  return (
    <Card title={t('finance.sign.onLoan')} size="small">
      <List
        size="small"
        dataSource={data}
        renderItem={(s) => (
          <List.Item>
            <Typography.Text>
              <Link to={`/meetings/${s.meetingId}`}>{s.meetingTitle}</Link>
              {` · ${s.signedOn} · ${label(SigningKindLabels[s.kind])} · ${wanYuan(s.amountFen)}`}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
