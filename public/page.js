// Rapport's chat page: Web Chat talking to the bot's own Direct Line endpoint (no Azure, no CDN).
/* global window, document, localStorage, location, fetch, crypto, navigator, setTimeout, setInterval, clearInterval */
(function startPage() {
  'use strict';
  var USER_KEY = 'rapport.userId';
  var USER_PATTERN = /^web-[0-9a-f]{32}$/;

  // A random id per browser, kept in localStorage: the same person across reloads and visits.
  function newUserId() {
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return 'web-' + Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function currentUserId() {
    var id = localStorage.getItem(USER_KEY);
    if (!id || !USER_PATTERN.test(id)) {
      id = newUserId();
      localStorage.setItem(USER_KEY, id);
    }
    return id;
  }

  function showProblem(message) {
    var box = document.getElementById('problem');
    box.textContent = message;
    box.style.display = 'block';
  }

  function showNotice(message) {
    var box = document.getElementById('notice');
    box.textContent = message;
    box.style.display = message ? 'block' : 'none';
  }

  // Like Azure's Direct Line: get a token for this user first, then Web Chat starts the conversation with it.
  function generateToken(userId) {
    return fetch('/v3/directline/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
    }).then(function (res) {
      if (!res.ok) throw new Error('The chat endpoint answered ' + res.status + '. Is WEB_CHAT_ENABLED off?');
      return res.json();
    });
  }

  // When Web Chat is connected, tell the bot the user joined so it greets them first.
  function joinOnConnect(store) {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: {} } });
        }
        return next(action);
      };
    };
  }

  // The writer's debug view (DEBUG_VIEW=true, development only): every message asks why the bot answers
  // as it does; a server with the view off ignores the request. The reasons come back in each reply's
  // channelData, and are shown as a small card under the reply.
  function debugView() {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload.activity.type === 'message') {
          var outgoing = action.payload.activity;
          var asking = Object.assign({}, outgoing, { channelData: Object.assign({}, outgoing.channelData, { rapportDebug: true }) });
          return next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: asking }) }));
        }
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          var incoming = action.payload.activity;
          var debug = incoming.channelData && incoming.channelData.rapportDebug;
          if (debug && incoming.from && incoming.from.role === 'bot') {
            var withCard = Object.assign({}, incoming, { attachments: (incoming.attachments || []).concat([debugCard(debug)]) });
            return next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: withCard }) }));
          }
        }
        return next(action);
      };
    };
  }

  function score(value) {
    return typeof value === 'number' ? value.toFixed(2) : '?';
  }

  function listed(items) {
    return items && items.length ? items.join('; ') : 'none';
  }

  // The reasons as an Adaptive Card (Web Chat renders those itself): turn facts on the first reply of a turn.
  function debugCard(debug) {
    var facts = [];
    var turn = debug.turn;
    if (turn) {
      var intent = turn.intent;
      facts.push({ title: 'by', value: turn.by + (turn.command ? ' ' + turn.command : '') });
      if (intent) facts.push({ title: 'intent', value: intent.name + ' ' + score(intent.score) + (intent.runnerUp ? ' (runner-up ' + intent.runnerUp.name + ' ' + score(intent.runnerUp.score) + ')' : '') });
      facts.push({ title: 'entities', value: listed(turn.entities) });
      facts.push({ title: 'facts', value: listed(turn.facts) + (turn.asked && turn.asked.length ? ' (asked: ' + turn.asked.join(', ') + ')' : '') });
      facts.push({ title: 'changes', value: listed(turn.changes) });
    }
    var reply = debug.reply || {};
    facts.push({ title: 'reply', value: (reply.key || '?') + ' (' + listed(reply.tones) + ')' });
    facts.push({ title: 'variant', value: listed(reply.variants) });
    facts.push({ title: 'when', value: listed(reply.matched) });
    return {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard',
        version: '1.3',
        body: [
          { type: 'TextBlock', text: 'Why this reply', size: 'Small', weight: 'Bolder', isSubtle: true },
        ].concat(facts.map(function (fact) {
          // One line each (a FactSet squeezes its titles when a value is long).
          return { type: 'TextBlock', text: '**' + fact.title + '**: ' + fact.value, size: 'Small', wrap: true, spacing: 'None' };
        })),
      },
    };
  }

  // Web Chat in a fresh element (a reconnect replaces the old one, whose Direct Line is ended).
  function render(userId, token) {
    var WebChat = window.WebChat;
    var directLine = WebChat.createDirectLine({ domain: location.origin + '/v3/directline', token: token, webSocket: false });
    var store = WebChat.createStore({}, joinOnConnect, debugView);
    var old = document.getElementById('webchat');
    var element = document.createElement('div');
    element.id = 'webchat';
    element.setAttribute('role', 'main');
    old.parentNode.replaceChild(element, old);
    WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: userId,
        locale: navigator.language || 'en-US',
        styleOptions: { hideUploadButton: true, bubbleBorderRadius: 8, bubbleFromUserBorderRadius: 8, suggestedActionLayout: 'flow' },
      },
      element,
    );
    return directLine;
  }

  // Conversations live in the bot's memory: after a restart (a deploy, a crash) the page's token is
  // unknown, and Web Chat's polling stops without a word. So the page asks the bot every few seconds
  // whether its conversation is still there (and watches Direct Line's own status); when it is gone,
  // the page starts a new conversation for the same user, trying again with growing pauses while
  // the bot is down.
  var HEARTBEAT_MS = 5000;
  var current = null;
  var reconnecting = false;
  var attempts = 0;
  var ExpiredToken = 3;
  var FailedToConnect = 4;
  var Ended = 5;

  function connect(userId) {
    return generateToken(userId).then(function (issued) {
      if (current) current.end();
      var directLine = render(userId, issued.token);
      current = directLine;
      watch(userId, directLine);
    });
  }

  function watch(userId, directLine) {
    var timer = setInterval(function () {
      if (!directLine.conversationId || !directLine.token) return;
      fetch('/v3/directline/conversations/' + encodeURIComponent(directLine.conversationId), {
        headers: { Authorization: 'Bearer ' + directLine.token },
      }).then(function (res) {
        if (!res.ok) lost();
      }, lost);
    }, HEARTBEAT_MS);
    function lost() {
      clearInterval(timer);
      if (directLine === current) reconnect(userId);
    }
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === ExpiredToken || status === FailedToConnect || status === Ended) lost();
    });
  }

  function reconnect(userId) {
    if (reconnecting) return;
    reconnecting = true;
    attempts += 1;
    showNotice('Lost the connection to the bot. Reconnecting...');
    setTimeout(function () {
      connect(userId).then(
        function () {
          reconnecting = false;
          attempts = 0;
          showNotice('Reconnected: the bot restarted, so this is a new conversation.');
        },
        function () {
          reconnecting = false;
          reconnect(userId);
        },
      );
    }, Math.min(30000, 1000 * Math.pow(2, attempts - 1)));
  }

  // Development with live reload (DIALOGS_WATCH=true): a dialogs/ edit that could not be loaded is shown
  // here with file:line until a later save fixes it. Elsewhere the route says it is not watching and this stops.
  var CONTENT_STATUS_MS = 2000;
  function watchContent() {
    var box = document.getElementById('content-problems');
    var timer = setInterval(function () {
      fetch('/webchat/content-status', { cache: 'no-store' }).then(function (res) {
        return res.ok ? res.json() : null;
      }).then(function (status) {
        if (!status) return;
        if (status.watching === false) {
          clearInterval(timer);
          return;
        }
        var problems = Array.isArray(status.problems) ? status.problems : [];
        box.textContent = problems.length ? 'dialogs/ was not reloaded (the last good content is live). Fix:\n' + problems.join('\n') : '';
        box.style.display = problems.length ? 'block' : 'none';
      }, function () { /* the bot is restarting; the heartbeat reports it */ });
    }, CONTENT_STATUS_MS);
  }
  watchContent();

  document.getElementById('new-user').addEventListener('click', function () {
    localStorage.removeItem(USER_KEY);
    location.reload();
  });

  var userId = currentUserId();
  document.getElementById('user-id').textContent = userId;
  if (!window.WebChat) {
    showProblem('Web Chat did not load (/webchat/webchat.js).');
    return;
  }
  connect(userId).catch(function (err) { showProblem(err.message); });
})();
