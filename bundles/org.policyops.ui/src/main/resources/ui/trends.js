'use strict';

/* A line chart per KPI (ECharts, served from this bundle), for one region or overall, with the KPI's thresholds. */
PolicyOps.kpiPage(async ({ kpis, regions }) => {
    const { api, el, format, say } = PolicyOps;
    const region = document.getElementById('region');
    regions.forEach(r => region.append(el('option', { value: r }, r)));
    const period = document.getElementById('period');
    const from = document.getElementById('from');
    const to = document.getElementById('to');
    const day = d => d.toISOString().substring(0, 10);
    const today = new Date();
    to.value = day(today);
    from.value = day(new Date(today.getTime() - 89 * 86400000));

    const charts = document.getElementById('charts');
    const instances = [];
    window.addEventListener('resize', () => instances.forEach(c => c.resize()));

    const STATUS_COLOURS = { ON_TARGET: '#1a7f37', WARNING: '#b35900', CRITICAL: '#c62828' };

    function draw(kpi, series) {
        const r = region.value;
        // Without a region: the line over everything (no dimensions); with one: that region's line.
        const line = series.series.find(s => r ? s.dimensions.region === r : Object.keys(s.dimensions).length === 0);
        const points = line ? line.points : [];
        const latest = points[points.length - 1];
        const box = el('div', { class: 'chart' });
        const caption = latest
            ? 'Latest ' + format(latest.value, kpi.unit) + ' (' + latest.status.replace('_', ' ') + ') for ' + latest.period
            : 'No value recorded ' + (r ? 'for ' + r + ' ' : '') + 'from ' + series.from + ' to ' + series.to
              + (kpi.backfill ? '.' : ': this KPI is recorded by the daily snapshot only.');
        const section = el('section', { class: 'trend', 'data-kpi': kpi.id, 'data-points': String(points.length),
                'data-latest': latest ? String(latest.value) : null },
            el('h2', {}, kpi.name),
            el('p', { class: 'caption' }, caption),
            box);
        charts.append(section);
        if (points.length === 0) {
            box.classList.add('empty');
            return;
        }
        const chart = echarts.init(box, null, { renderer: 'canvas' });
        instances.push(chart);
        const scale = kpi.unit === 'ratio' ? 100 : 1;
        const threshold = (name, value, colour) => ({ name, yAxis: value * scale, lineStyle: { color: colour, type: 'dashed' },
            label: { formatter: name + ' ' + format(value, kpi.unit), position: 'insideEndTop' } });
        chart.setOption({
            animation: false,
            grid: { left: 56, right: 24, top: 24, bottom: 40 },
            tooltip: { trigger: 'axis', valueFormatter: v => format(v / scale, kpi.unit) },
            xAxis: { type: 'category', data: points.map(p => p.period), axisLabel: { hideOverlap: true } },
            yAxis: { type: 'value', name: kpi.unit === 'ratio' ? '%' : kpi.unit, ...range(points, kpi, scale) },
            series: [{
                name: kpi.name,
                type: 'line',
                showSymbol: points.length < 40,
                data: points.map(p => ({ value: p.value * scale, itemStyle: { color: STATUS_COLOURS[p.status] } })),
                lineStyle: { color: '#37474f' },
                markLine: { symbol: 'none', data: [
                    threshold('target', kpi.target, STATUS_COLOURS.ON_TARGET),
                    threshold('warning', kpi.warning, STATUS_COLOURS.WARNING),
                    threshold('critical', kpi.critical, STATUS_COLOURS.CRITICAL)] }
            }]
        });
    }

    /** The value axis spans the values and the three threshold lines, with a margin; ratios stay within 0–100 %. */
    function range(points, kpi, scale) {
        const all = points.map(p => p.value).concat([kpi.target, kpi.warning, kpi.critical]).map(v => v * scale);
        const lo = Math.min(...all);
        const hi = Math.max(...all);
        const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
        // Bounds on a round step (1, 2 or 5 times a power of ten), so that the axis labels are round numbers too.
        const span = hi - lo + 2 * pad;
        const power = Math.pow(10, Math.floor(Math.log10(span)));
        const step = span / power >= 5 ? power : span / power >= 2 ? power / 2 : power / 5;
        let min = Math.floor((lo - pad) / step) * step;
        let max = Math.ceil((hi + pad) / step) * step;
        if (lo >= 0) {
            min = Math.max(0, min);
        }
        if (kpi.unit === 'ratio' && hi <= 100) {
            max = Math.min(100, max);
        }
        return { min, max };
    }

    let shown = 0;
    async function show() {
        const mine = ++shown;
        const query = new URLSearchParams({ period: period.value });
        if (from.value) {
            query.set('from', from.value);
        }
        if (to.value) {
            query.set('to', to.value);
        }
        if (region.value) {
            query.set('region', region.value);
        }
        const all = await Promise.all(kpis.map(k => api('/metrics/kpis/' + encodeURIComponent(k.id) + '/series?' + query)));
        if (mine !== shown) {
            return; // the filters changed while these were on their way
        }
        instances.splice(0).forEach(c => c.dispose());
        charts.replaceChildren();
        kpis.forEach((k, i) => draw(k, all[i]));
        charts.setAttribute('data-region', region.value);
    }

    document.getElementById('filters').addEventListener('change', () => show().catch(e => say(e.message, 'error')));
    await show();
});
