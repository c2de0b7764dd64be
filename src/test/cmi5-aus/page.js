/*
 * What a test AU shows, for people and for Cmi5LibrariesBrowserIT: <body data-state> is "starting", "initialized",
 * "holding" (the AU stays open until "Exit" is pressed), "done" or "error" (message in data-error); every step is
 * a line of the log; once done, a link back to the LMS (returnURL, cmi5 §10).
 */
var AuPage = (function () {
  'use strict';
  var body = document.body;

  function say(text) {
    var li = document.createElement('li');
    li.textContent = text;
    document.getElementById('log').appendChild(li);
  }

  function state(name) {
    body.setAttribute('data-state', name);
    say(name);
  }

  /** An error of either library (fetch Error, or axios with the LRS's answer in response). */
  function fail(e) {
    var message = String(e && e.message ? e.message : e);
    if (e && e.response) {
      message += ' (' + e.response.status + ' ' + JSON.stringify(e.response.data) + ')';
    }
    body.setAttribute('data-error', message);
    state('error');
  }

  function done(returnUrl) {
    if (returnUrl) {
      var a = document.getElementById('return');
      a.href = returnUrl;
      a.hidden = false;
    }
    state('done');
  }

  /** Resolves when the learner presses "Exit". */
  function exitPressed() {
    var button = document.getElementById('exit');
    button.hidden = false;
    return new Promise(function (resolve) {
      button.addEventListener('click', resolve, { once: true });
    });
  }

  return { say: say, state: state, fail: fail, done: done, exitPressed: exitPressed };
}());
