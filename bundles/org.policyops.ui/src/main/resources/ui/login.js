'use strict';

document.addEventListener('DOMContentLoaded', () => {
    const query = new URLSearchParams(location.search);
    const next = PolicyOps.PAGES.some(p => p.file === query.get('next')) ? query.get('next') : 'index.html';
    const note = document.getElementById('login-note');
    if (query.get('reason') === 'expired') {
        note.textContent = 'The API did not accept your login any more: log in again.';
    } else if (query.get('reason') === 'logout') {
        note.textContent = 'You are logged out.';
    }
    const form = document.getElementById('login');
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const user = form.elements.user.value.trim();
        const password = form.elements.password.value;
        note.textContent = '';
        try {
            if (await PolicyOps.login(user, password)) {
                location.replace(next);
            } else {
                note.textContent = 'Wrong user name or password.';
                form.elements.password.value = '';
                form.elements.password.focus();
            }
        } catch (e) {
            note.textContent = 'The server did not answer: ' + e.message;
        }
    });
});
