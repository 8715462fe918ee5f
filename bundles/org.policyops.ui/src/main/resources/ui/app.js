/*
 * PolicyOps dashboard: what every page shares. Login state, API calls, the header with navigation, and what is
 * (not) installed. The REST API takes HTTP Basic credentials; the login page keeps them in this tab's
 * sessionStorage (gone when the tab closes), sends them only in the Authorization header of calls to /api on this
 * origin, and never in an address.
 */
'use strict';

const PolicyOps = (() => {
    const KEY = 'policyops.credentials';
    const USER = 'policyops.user';

    /** The pages of the dashboard: a login may only lead back to one of these. */
    const PAGES = [
        { file: 'index.html', title: 'Scorecard' },
        { file: 'trends.html', title: 'KPI trends' },
        { file: 'readiness.html', title: 'Launch readiness' },
        { file: 'plugins.html', title: 'Plugins' }
    ];

    /** The domains a full installation has, with the feature that brings each. */
    const DOMAINS = ['planning', 'launches', 'localization', 'training', 'tooling', 'metrics'];

    function currentPage() {
        const file = location.pathname.substring(location.pathname.lastIndexOf('/') + 1);
        return PAGES.some(p => p.file === file) ? file : 'index.html';
    }

    function toLogin(reason) {
        sessionStorage.removeItem(KEY);
        sessionStorage.removeItem(USER);
        const query = new URLSearchParams({ next: currentPage() });
        if (reason) {
            query.set('reason', reason);
        }
        location.replace('login.html?' + query.toString());
    }

    /** An API error the page shows: the problem's detail when the API sent one. */
    class ApiError extends Error {
        constructor(status, detail) {
            super(detail || ('HTTP ' + status));
            this.status = status;
        }
    }

    async function problemDetail(response) {
        try {
            const body = await response.json();
            return body.detail || body.title;
        } catch (e) {
            return response.statusText;
        }
    }

    /**
     * GET /api + path as the logged-in user. A 401 (a wrong or expired login) leads to the login page. Answers the
     * parsed JSON, or null for a 404 when notFoundIsNull (an endpoint of a domain that is not installed).
     * credentials 'omit': the browser adds nothing of its own and, per the Fetch standard, shows no login dialog
     * of its own for a 401 either; the Authorization header is ours.
     */
    async function api(path, { notFoundIsNull = false } = {}) {
        const credentials = sessionStorage.getItem(KEY);
        if (!credentials) {
            toLogin();
            return new Promise(() => {});
        }
        const response = await fetch('/api' + path, {
            headers: { 'Authorization': credentials, 'Accept': 'application/json' },
            credentials: 'omit',
            cache: 'no-store'
        });
        if (response.status === 401) {
            toLogin('expired');
            return new Promise(() => {});
        }
        if (response.status === 404 && notFoundIsNull) {
            return null;
        }
        if (!response.ok) {
            throw new ApiError(response.status, await problemDetail(response));
        }
        return response.json();
    }

    /** Checks a user name and password against the API; true when the API accepts them (then they are kept). */
    async function login(user, password) {
        const bytes = new TextEncoder().encode(user + ':' + password);
        const credentials = 'Basic ' + btoa(String.fromCharCode(...bytes));
        const response = await fetch('/api/health', {
            headers: { 'Authorization': credentials, 'Accept': 'application/json' },
            credentials: 'omit',
            cache: 'no-store'
        });
        if (response.status === 401) {
            return false;
        }
        sessionStorage.setItem(KEY, credentials);
        sessionStorage.setItem(USER, user);
        return true;
    }

    /** An element with attributes and children (strings become text: nothing from the API is parsed as HTML). */
    function el(tag, attributes = {}, ...children) {
        const e = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) {
            if (value === undefined || value === null) {
                continue;
            }
            if (name === 'class') {
                e.className = value;
            } else if (name.startsWith('on')) {
                e.addEventListener(name.substring(2), value);
            } else {
                e.setAttribute(name, value);
            }
        }
        for (const child of children.flat()) {
            if (child !== undefined && child !== null && child !== false) {
                e.append(child instanceof Node ? child : String(child));
            }
        }
        return e;
    }

    /** A KPI value in its unit: ratios as percentages, days and scores with one decimal. */
    function format(value, unit) {
        if (value === undefined || value === null) {
            return '–';
        }
        if (unit === 'ratio') {
            return (value * 100).toFixed(1) + ' %';
        }
        if (unit === 'days') {
            return value.toFixed(1) + ' days';
        }
        return value.toFixed(1);
    }

    /** The domains of the health endpoint (which needs no login): name and bundle state. */
    async function domains() {
        const response = await fetch('/api/health', { headers: { 'Accept': 'application/json' }, credentials: 'omit', cache: 'no-store' });
        const body = await response.json();
        return body.domains || [];
    }

    /**
     * The KPI definitions and the whole scorecard, which the scorecard and the trends pages both start from; null,
     * with the reason shown, when metrics is not running or no installed domain provides a KPI.
     */
    async function kpisAndScorecard(installed) {
        if (!installed.includes('metrics')) {
            say('The metrics feature is not installed or not running (feature:install policyops-metrics): there are no KPIs.');
            return null;
        }
        const [kpis, scorecard] = await Promise.all([api('/metrics/kpis'), api('/metrics/scorecard')]);
        if (kpis.length === 0) {
            say('No KPIs: none of the installed domains provides any (planning, launches, localization, training and tooling do).');
            return null;
        }
        const regions = [...new Set(scorecard.kpis.map(v => v.dimensions.region).filter(r => r))].sort();
        return { kpis, scorecard, regions };
    }

    /** A message in the page's status area: info, or an error. */
    function say(text, kind = 'info') {
        const area = document.getElementById('messages');
        area.append(el('p', { class: 'message ' + kind, role: kind === 'error' ? 'alert' : 'status' }, text));
    }

    /**
     * Builds the header (navigation, user, logout) and the note on missing domains, then runs the page's own code;
     * an error it throws is shown, not lost.
     */
    function page(render) {
        document.addEventListener('DOMContentLoaded', async () => {
            if (!sessionStorage.getItem(KEY)) {
                toLogin();
                return;
            }
            const here = currentPage();
            const nav = el('nav', { 'aria-label': 'Dashboard pages' },
                PAGES.map(p => el('a', { href: p.file, class: p.file === here ? 'current' : null,
                    'aria-current': p.file === here ? 'page' : null }, p.title)));
            const logout = el('button', { type: 'button', id: 'logout', onclick: () => toLogin('logout') }, 'Log out');
            document.querySelector('header').append(nav,
                el('span', { class: 'user' }, 'Logged in as ', el('strong', { id: 'user' }, sessionStorage.getItem(USER)), ' ', logout));
            try {
                const known = await domains();
                // A domain counts only while its bundle runs: a stopped one serves no API.
                const installed = known.filter(d => d.bundleState === 'ACTIVE').map(d => d.name);
                const stopped = known.filter(d => d.bundleState !== 'ACTIVE').map(d => d.name + ' (' + d.bundleState + ')');
                const missing = DOMAINS.filter(d => !known.some(k => k.name === d));
                const footer = document.querySelector('footer');
                footer.append(el('p', { id: 'installed' }, 'Installed domains: ' + (installed.join(', ') || 'none') + '.'));
                if (stopped.length > 0) {
                    footer.append(el('p', { id: 'stopped' }, 'Installed but not running: ' + stopped.join(', ') + '.'));
                }
                if (missing.length > 0) {
                    footer.append(el('p', { id: 'missing' }, 'Not installed: ' + missing.join(', ')
                        + ' (feature:install ' + missing.map(d => 'policyops-' + d).join(' ') + ').'));
                }
                await render(installed);
            } catch (e) {
                console.warn('Dashboard page failed', e);
                say(e.message, 'error');
            }
        });
    }

    /** A page built on the KPIs: render gets {kpis, scorecard, regions}, unless there are none to show. */
    function kpiPage(render) {
        page(async installed => {
            const start = await kpisAndScorecard(installed);
            if (start !== null) {
                await render(start);
            }
        });
    }

    return { api, login, el, format, say, page, kpiPage, ApiError, PAGES };
})();
