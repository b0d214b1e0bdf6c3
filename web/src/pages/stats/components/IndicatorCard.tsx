import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import type { IndicatorValue } from '../../../../../common/stats';
import { BasisLabels } from '../../../../../common/stats';
import { formatChange, formatCountWan, formatDecimal, formatIndicatorValue, formatThousands } from '../../../../../common/stats-format';
import { useI18n } from '../../../app/i18n';
import { unitIn, useIndicatorName, useRegionWords } from './localized-names';

/** The value as the card's headline: 23.51万 for large counts in Chinese, 235,100 in English, two decimals for ratios. */
export function headline(c: Pick<IndicatorValue, 'kind' | 'value' | 'decimals'>, locale: string = 'zh'): string {
  if (c.value === null) return '—';
  if (c.kind !== 'count') return c.value.toFixed(c.decimals);
  return locale === 'en' ? formatThousands(c.value) : formatCountWan(c.value);
}

/** One indicator: value, year-on-year change, rank and streak among peers, the national level, targets, and its definition on hover. */
export function IndicatorCard(props: { card: IndicatorValue; selected?: boolean; onSelect?: () => void }) {
  const { t, label, locale } = useI18n();
  const indicatorName = useIndicatorName();
  const words = useRegionWords();
  const c = props.card;
  const unit = unitIn(c.unit, locale);
  const definition = (
    <div style={{ maxWidth: 420 }}>
      <div>
        <b>{t('stats.formula')}：</b>
        {c.definition.formula}
      </div>
      <div>
        <b>{t('stats.source')}：</b>
        {c.definition.source}
      </div>
      <div>
        <b>{t('stats.version')}：</b>
        {c.definition.version}
      </div>
      {c.basis && (
        <div>
          <b>{t('stats.basis')}：</b>
          {label(BasisLabels[c.basis])}
          {c.numerator !== null && c.denominator !== null && `（${formatIndicatorValue(c.numerator, 0)} ÷ ${formatDecimal(c.denominator)}）`}
        </div>
      )}
    </div>
  );
  return (
    <Card
      size="small"
      hoverable={!!props.onSelect}
      onClick={props.onSelect}
      data-testid={`card-${c.id}`}
      style={{ height: '100%', borderColor: props.selected ? '#1677ff' : undefined, boxShadow: props.selected ? '0 0 0 1px #1677ff' : undefined }}
    >
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space size={4}>
          <Typography.Text type="secondary">{indicatorName(c.id)}</Typography.Text>
          <Tooltip title={definition}>
            <InfoCircleOutlined aria-label={t('stats.definition')} style={{ color: '#999' }} />
          </Tooltip>
        </Space>
        <div>
          <span style={{ fontSize: 24, fontWeight: 600 }}>{headline(c, locale)}</span> <span>{unit}</span>
          {c.yoy !== null && (
            <Tag color={c.yoy >= 0 ? 'green' : 'red'} style={{ marginLeft: 8 }}>
              {t('stats.yoy')} {formatChange(c.yoy)}
            </Tag>
          )}
        </div>
        {c.rank !== null && (
          <Typography.Text style={{ fontSize: 12 }}>
            {words.peer(c.peerLabel)} {t('stats.rankOf', { rank: c.rank, of: c.rankOf ?? '' })}
            {c.streak >= 2 && <Tag color="gold" style={{ marginLeft: 6 }}>{t('stats.streak', { n: c.streak })}</Tag>}
          </Typography.Text>
        )}
        {c.rank2 !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {words.peer(c.peer2Label)} {t('stats.rankOf', { rank: c.rank2, of: c.rank2Of ?? '' })}
          </Typography.Text>
        )}
        {c.nationalAverage !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('stats.nationalAverage')} {formatDecimal(c.nationalAverage)}
            {c.ratioToNational !== null && ` · ${t('stats.ratioToNational', { ratio: c.ratioToNational.toFixed(1) })}`}
          </Typography.Text>
        )}
        {c.targets.map((g) => (
          <Tooltip key={g.taskTitle} title={`${g.workPlanTitle} · ${g.taskTitle}`}>
            <div style={{ fontSize: 12 }}>
              {t('stats.target')} {formatDecimal(g.targetValue)} {unit}
              <Progress size="small" percent={g.progress === null ? 0 : Math.round(g.progress * 100)} />
            </div>
          </Tooltip>
        ))}
      </Space>
    </Card>
  );
}
