import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api } from '../../app/api-client';
import { useSession } from '../../app/session';

/** The caller's city and its districts as a select (one or several), labelled by name: where a request or a volunteer is. */
export function CityDistrictSelect(props: { value?: string | string[]; onChange?: (v: string | string[]) => void; multiple?: boolean; withCity?: boolean; allowClear?: boolean; placeholder?: string; id?: string; style?: React.CSSProperties }) {
  const { me } = useSession();
  const city = me ? `${me.org.regionCode.slice(0, 4)}00` : undefined;
  const { data = [] } = useQuery({
    queryKey: ['regions', 'city-districts', city],
    queryFn: async () => {
      const [one, children] = await Promise.all([api.get('/org/regions/{code}', { params: { path: { code: city! } } }), api.get('/org/regions', { params: { query: { parent: city } } })]);
      return [one.region, ...children];
    },
    enabled: !!city,
    staleTime: Infinity,
  });
  const options = data.filter((r) => props.withCity || r.code !== city).map((r) => ({ value: r.code, label: r.name }));
  return <Select id={props.id} mode={props.multiple ? 'multiple' : undefined} allowClear={props.allowClear} placeholder={props.placeholder} value={props.value} onChange={props.onChange} options={options} style={props.style} optionFilterProp="label" />;
}
