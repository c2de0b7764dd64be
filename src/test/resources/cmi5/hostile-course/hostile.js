/*
 * What a hostile course package's script can try with the browser of a signed-in administrator
 * (ContentOriginBrowserIT): each function answers, as a string, what the script got to see.
 */
var hostile = (function () {
  'use strict';

  function seen(request) {
    return request.then(function (r) {
      if (r.type === 'opaque') {
        return 'opaque';
      }
      return r.text().then(function (t) { return 'read ' + r.status + ': ' + t.substring(0, 300); });
    }, function (e) {
      return 'failed: ' + e.name;
    });
  }

  function credential(name) {
    return JSON.stringify({ name: name, scopes: ['all'] });
  }

  /** An all-scope LRS credential through the admin API, as the administrator's own pages ask for one. */
  function createCredential(base, name) {
    return seen(fetch(base + '/api/lrs/credentials', {
      method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' },
      body: credential(name)
    }));
  }

  /** The same as a request the browser sends without asking first (no preflight); its answer is unreadable. */
  function createCredentialUnasked(base, name) {
    return seen(fetch(base + '/api/lrs/credentials', {
      method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' },
      body: credential(name)
    }));
  }

  function read(url) {
    return seen(fetch(url, { credentials: 'include' }));
  }

  /** What a frame holding {@code url} (or a form's answer) shows to this page, once it has loaded. */
  function frame(setUp) {
    return new Promise(function (resolve) {
      var f = document.createElement('iframe');
      f.name = 'frame-' + Math.random().toString(36).substring(2);
      f.style.display = 'none';
      var done = false;
      function look() {
        if (done) {
          return;
        }
        done = true;
        try {
          var d = f.contentDocument;
          resolve(d && d.body ? 'read: ' + d.body.innerText.substring(0, 300) : 'unreadable');
        } catch (e) {
          resolve('unreadable: ' + e.name);
        }
      }
      f.onload = function () { if (f.dataset.started) { look(); } };
      document.body.appendChild(f);
      f.dataset.started = 'yes';
      setUp(f);
      setTimeout(look, 5000);
    });
  }

  function readInFrame(url) {
    return frame(function (f) { f.src = url; });
  }

  /** A cross-site form post of JSON in a text/plain body (no script needed; the browser sends the cookie). */
  function postForm(base, name) {
    return frame(function (f) {
      var form = document.createElement('form');
      form.method = 'POST';
      form.enctype = 'text/plain';
      form.target = f.name;
      form.action = base + '/api/lrs/credentials';
      var input = document.createElement('input');
      input.name = '{"name": "' + name + '", "scopes": ["all"], "x": "';
      input.value = '"}';
      form.appendChild(input);
      document.body.appendChild(form);
      form.submit();
    });
  }

  return {
    createCredential: createCredential, createCredentialUnasked: createCredentialUnasked, read: read,
    readInFrame: readInFrame, postForm: postForm
  };
}());
