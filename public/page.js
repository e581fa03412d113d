// Rapport's chat page: Web Chat talking to the bot's own Direct Line endpoint (no Azure, no CDN).
/* global window, document, localStorage, location, fetch, crypto, navigator */
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

  function render(userId, token) {
    var WebChat = window.WebChat;
    var directLine = WebChat.createDirectLine({ domain: location.origin + '/v3/directline', token: token, webSocket: false });
    var store = WebChat.createStore({}, joinOnConnect);
    WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: userId,
        locale: navigator.language || 'en-US',
        styleOptions: { hideUploadButton: true, bubbleBorderRadius: 8, bubbleFromUserBorderRadius: 8, suggestedActionLayout: 'flow' },
      },
      document.getElementById('webchat'),
    );
  }

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
  generateToken(userId).then(
    function (issued) { render(userId, issued.token); },
    function (err) { showProblem(err.message); },
  );
})();
