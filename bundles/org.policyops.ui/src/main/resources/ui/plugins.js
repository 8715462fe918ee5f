'use strict';

/* The plugin inventory: every bundle with the plugin header, in any state. */
PolicyOps.page(async () => {
    const { api, el, say } = PolicyOps;
    const plugins = [];
    for (let offset = 0; ; offset += 100) {
        const page = await api('/plugins?limit=100&sort=symbolicName&offset=' + offset, { notFoundIsNull: true });
        if (page === null) {
            say('The plugin inventory comes with the launches feature, which is not installed or not running (feature:install policyops-launches).');
            return;
        }
        plugins.push(...page.items);
        if (plugins.length >= page.total || page.items.length === 0) {
            break;
        }
    }
    if (plugins.length === 0) {
        say('No plugin is installed: drop a plugin bundle into deploy/ or upload it (POST /api/plugins).');
        return;
    }
    const body = document.querySelector('#plugins tbody');
    const list = items => (items || []).map(i => typeof i === 'string' ? i : (i.ruleId || i.id || i.name)).join(', ') || '–';
    for (const p of plugins) {
        body.append(el('tr', { 'data-plugin': p.symbolicName, class: 'state-' + p.state },
            el('th', { scope: 'row' }, p.name || p.symbolicName, el('small', {}, p.symbolicName)),
            el('td', {}, p.version),
            el('td', { class: 'state' }, p.state),
            el('td', {}, (p.regions || []).join(', ') || '–'),
            el('td', {}, p.team || '–'),
            el('td', { class: 'rules' }, list(p.rules)),
            el('td', {}, list(p.integrations)),
            el('td', { class: 'errors' }, (p.errors || []).join('; ') || '–')));
    }
});
