'use strict';

/* Launch × region: GO or NO_GO as the compliance rules judge each open region now, with the rules that block. */
PolicyOps.page(async installed => {
    const { api, el, say } = PolicyOps;
    if (!installed.includes('launches')) {
        say('The launches feature is not installed or not running (feature:install policyops-launches): there are no launches to judge.');
        return;
    }
    const launches = [];
    for (let offset = 0; ; offset += 100) {
        const page = await api('/launches?limit=100&sort=id&offset=' + offset);
        launches.push(...page.items);
        if (launches.length >= page.total || page.items.length === 0) {
            break;
        }
    }
    const open = launches.filter(l => l.status === 'PLANNED' || l.status === 'IN_PROGRESS');
    if (open.length === 0) {
        say('No launch is rolling out: every launch is completed or cancelled.');
        return;
    }
    const readiness = await Promise.all(open.map(l => api('/launches/' + l.id + '/readiness')));
    const regions = [...new Set(readiness.flatMap(r => r.regions.map(x => x.region)))].sort();

    const board = document.getElementById('board');
    board.querySelector('thead').append(el('tr', {}, el('th', { scope: 'col' }, 'Launch'),
        regions.map(r => el('th', { scope: 'col' }, r))));
    const body = board.querySelector('tbody');
    const blockers = document.getElementById('blockers');
    let blocked = 0;
    for (const r of readiness) {
        const byRegion = Object.fromEntries(r.regions.map(x => [x.region, x]));
        body.append(el('tr', { 'data-launch': String(r.launchId) },
            el('th', { scope: 'row' }, el('span', { class: 'launch-id' }, '#' + r.launchId), ' ', r.title,
                el('small', {}, r.policyKey + ' ' + r.policyVersion)),
            regions.map(code => {
                const x = byRegion[code];
                if (!x) {
                    return el('td', { class: 'none' }, '');
                }
                // Enforcing and cancelled regions are past the approval that readiness decides.
                const decided = x.status === 'ENFORCING' || x.status === 'CANCELLED';
                const verdict = decided ? x.status : x.readiness;
                return el('td', { class: 'cell ' + (decided ? 'decided' : 'readiness-' + x.readiness),
                        'data-region': code, 'data-readiness': x.readiness, 'data-status': x.status },
                    el('strong', {}, verdict.replace('_', ' ')),
                    decided ? null : el('small', {}, x.status),
                    (x.blockingRules || []).length > 0 && !decided
                        ? el('small', { class: 'rules' }, x.blockingRules.join(', ')) : null);
            })));
        for (const x of r.regions) {
            if (x.readiness !== 'NO_GO' || x.status === 'ENFORCING' || x.status === 'CANCELLED') {
                continue;
            }
            blocked++;
            const rules = x.rules.filter(rule => rule.blocking);
            blockers.append(el('section', { class: 'blocker', 'data-launch': String(r.launchId), 'data-region': x.region },
                el('h3', {}, '#' + r.launchId + ' ' + r.title + ' — ' + x.region),
                el('ul', {}, rules.map(rule => el('li', { 'data-rule': rule.ruleId },
                    el('code', {}, rule.ruleId), ' ', rule.title, ' — ', el('strong', {}, rule.verdict),
                    ' (' + rule.plugin + ' ' + rule.pluginVersion + ')',
                    el('ul', { class: 'findings' }, rule.findings.map(f => el('li', {}, f.message))))))));
        }
    }
    if (blocked === 0) {
        blockers.append(el('p', {}, 'Nothing blocks: every open region is GO.'));
    }
});
