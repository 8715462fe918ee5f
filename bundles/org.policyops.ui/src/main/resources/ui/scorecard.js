'use strict';

/* The scorecard: a card per KPI (the overall value, or one region's), and per KPI how its regions stand. */
PolicyOps.kpiPage(async ({ kpis, scorecard: all, regions }) => {
    const { api, el, format, say } = PolicyOps;
    const direction = Object.fromEntries(kpis.map(k => [k.id, k.direction]));
    const select = document.getElementById('region');
    regions.forEach(r => select.append(el('option', { value: r }, r)));

    function card(v) {
        const change = v.change === undefined ? '' : (v.change > 0 ? '+' : v.change < 0 ? '−' : '±')
            + format(Math.abs(v.change), v.unit) + ' (before: ' + format(v.previous, v.unit) + ')';
        return el('article', { class: 'card status-' + v.status, 'data-kpi': v.kpiId, 'data-status': v.status,
                'data-value': v.value === undefined ? null : String(v.value) },
            el('h2', {}, v.name),
            el('p', { class: 'value' }, format(v.value, v.unit)),
            el('p', { class: 'status' }, v.status.replace('_', ' ')),
            el('p', { class: 'target' }, 'Target ' + format(v.target, v.unit)
                + (direction[v.kpiId] === 'LOWER_IS_BETTER' ? ' or less' : ' or more')),
            el('p', { class: 'change' }, v.day ? v.day + ' · ' + (change || 'no earlier value') : 'No value recorded yet'));
    }

    async function show(region) {
        const cards = document.getElementById('scorecard');
        const values = region ? (await api('/metrics/scorecard?region=' + encodeURIComponent(region))).kpis : all.kpis;
        // One card per KPI: the region's value, or the overall one (no dimensions).
        const shown = new Map();
        for (const v of values) {
            const mine = region ? v.dimensions.region === region : Object.keys(v.dimensions).length === 0;
            if (mine || !shown.has(v.kpiId)) {
                if (mine || !region) {
                    shown.set(v.kpiId, v);
                } else {
                    shown.set(v.kpiId, { ...v, value: undefined, day: undefined, change: undefined, status: 'NO_DATA' });
                }
            }
        }
        cards.replaceChildren(...[...shown.values()].map(card));
        cards.setAttribute('data-region', region || '');
    }

    const body = document.querySelector('#by-region tbody');
    for (const k of kpis) {
        const perRegion = all.kpis.filter(v => v.kpiId === k.id && v.dimensions.region && v.value !== undefined);
        const count = s => perRegion.filter(v => v.status === s).length;
        const worst = perRegion.reduce((w, v) => !w || (k.direction === 'LOWER_IS_BETTER' ? v.value > w.value : v.value < w.value) ? v : w, null);
        body.append(el('tr', { 'data-kpi': k.id },
            el('th', { scope: 'row' }, k.name),
            el('td', { class: 'count status-ON_TARGET' }, count('ON_TARGET')),
            el('td', { class: 'count status-WARNING' }, count('WARNING')),
            el('td', { class: 'count status-CRITICAL' }, count('CRITICAL')),
            el('td', {}, worst ? worst.dimensions.region + ' (' + format(worst.value, k.unit) + ')' : '–')));
    }

    select.addEventListener('change', () => show(select.value).catch(e => say(e.message, 'error')));
    await show('');
});
