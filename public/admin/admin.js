// The insights page: reads /admin/insights.json (same origin, session cookie) and draws it with Chart.js.
// The login page uses it only to show a failed attempt. No data is kept in the browser.
/* global document, location, fetch, URLSearchParams, Chart */
(function () {
  'use strict';

  if (document.body.classList.contains('login')) {
    if (new URLSearchParams(location.search).has('failed')) document.getElementById('failed').hidden = false;
    return;
  }

  const palette = ['#2563eb', '#16a34a', '#f59e0b', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#475569'];
  const percent = (value) => (value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)} %`);
  const shortDay = (day) => day.slice(5);

  function tile(value, label) {
    const element = document.createElement('div');
    element.className = 'tile';
    const number = document.createElement('b');
    number.textContent = String(value);
    const caption = document.createElement('span');
    caption.textContent = label;
    element.append(number, caption);
    return element;
  }

  function chart(id, config) {
    const options = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } };
    return new Chart(document.getElementById(id), { ...config, options: { ...options, ...config.options } });
  }

  function draw(data) {
    const days = data.days.map(shortDay);
    document.getElementById('summary').textContent = `${data.profiles} profiles · computed ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC in ${data.tookMs} ms`;
    const tiles = document.getElementById('tiles');
    tiles.append(
      tile(data.active.day, 'active today (24 h)'),
      tile(data.active.week, 'active this week'),
      tile(data.active.month, 'active this month'),
      tile(percent(data.intents.outOfScopeRate), 'out of scope (window)'),
      tile(data.push.optedIn, 'push opted in'),
      tile(data.push.declined, 'push declined'),
    );
    if (data.sinceStart) {
      tiles.append(tile(data.sinceStart.turns, 'turns since this instance started'), tile(data.sinceStart.pushSent, 'pushes sent since start'));
    }

    chart('turns', { type: 'bar', data: { labels: days, datasets: [{ label: 'turns', data: data.turnsPerDay, backgroundColor: palette[0] }] } });
    chart('users', {
      type: 'line',
      data: {
        labels: days,
        datasets: [
          { label: 'active users', data: data.activeUsersPerDay, borderColor: palette[0], backgroundColor: palette[0] },
          { label: 'new users', data: data.newUsersPerDay, borderColor: palette[1], backgroundColor: palette[1] },
        ],
      },
    });
    const stages = Object.keys(data.stages);
    chart('stages', { type: 'doughnut', data: { labels: stages, datasets: [{ data: stages.map((stage) => data.stages[stage]), backgroundColor: palette }] } });
    chart('intents', {
      type: 'bar',
      data: {
        labels: [...data.intents.top.map((entry) => entry.intent), 'out of scope'],
        datasets: [{ label: 'turns', data: [...data.intents.top.map((entry) => entry.turns), data.intents.outOfScope], backgroundColor: [...data.intents.top.map(() => palette[0]), palette[3]] }],
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false } } },
    });
    const recs = data.recommendations;
    chart('recommendations', {
      type: 'bar',
      data: {
        labels: recs.map((entry) => entry.topic),
        datasets: [
          { label: 'shown', data: recs.map((entry) => entry.shown), backgroundColor: palette[0], yAxisID: 'y' },
          { label: 'positive feedback %', data: recs.map((entry) => (entry.acceptance === null ? null : Math.round(entry.acceptance * 100))), backgroundColor: palette[1], yAxisID: 'share' },
        ],
      },
      options: { scales: { y: { beginAtZero: true, position: 'left' }, share: { beginAtZero: true, max: 100, position: 'right', grid: { drawOnChartArea: false } } } },
    });
    chart('push', {
      type: 'bar',
      data: {
        labels: days,
        datasets: [
          { label: 'sent', data: data.push.sentPerDay, backgroundColor: palette[1] },
          { label: 'failed', data: data.push.failedPerDay, backgroundColor: palette[3] },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    });
    document.body.dataset.ready = 'true';
  }

  fetch('/admin/insights.json', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((res) => {
      if (res.status === 401) {
        location.assign('/admin/login');
        return undefined;
      }
      if (!res.ok) throw new Error(`insights: HTTP ${res.status}`);
      return res.json();
    })
    .then((data) => data && draw(data))
    .catch((err) => {
      document.getElementById('summary').textContent = `Could not load the insights (${err.message}).`;
      document.body.dataset.ready = 'failed';
    });
})();
