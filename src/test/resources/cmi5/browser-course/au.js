/*
 * A minimal cmi5 AU (cmi5 spec §7, §8, §9, §10) in plain JavaScript, no libraries: reads the launch parameters
 * (§8.1), fetches the auth token (§8.2), reads LMS.LaunchData (§10) and cmi5LearnerPreferences (§11), then sends
 * initialized, passed, completed and terminated (Normal mode) or only initialized and terminated (Browse/Review,
 * §10.2.2), and returns to the LMS through returnURL.
 */
(function () {
  'use strict';

  var XAPI_VERSION = '1.0.3';
  var CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  var MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
  var VERBS = {
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated'
  };

  var statusEl = document.getElementById('status');
  var logEl = document.getElementById('log');

  function say(text) {
    statusEl.textContent = text;
    var li = document.createElement('li');
    li.textContent = text;
    logEl.appendChild(li);
  }

  function uuid() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).substring(1); }).join('');
    return h.substring(0, 8) + '-' + h.substring(8, 12) + '-' + h.substring(12, 16) + '-' + h.substring(16, 20)
      + '-' + h.substring(20);
  }

  /** ISO 8601 duration with centisecond precision (xAPI Data §4.6). */
  function duration(fromMs, toMs) {
    return 'PT' + (Math.max(0, toMs - fromMs) / 1000).toFixed(2) + 'S';
  }

  // §8.1: the launch URL's query parameters
  var params = new URLSearchParams(window.location.search);
  var launch = {
    endpoint: params.get('endpoint'),
    fetchUrl: params.get('fetch'),
    actor: params.get('actor'),
    registration: params.get('registration'),
    activityId: params.get('activityId')
  };
  var auth = null;
  var launchData = null;

  function endpoint(path) {
    return launch.endpoint + (launch.endpoint.charAt(launch.endpoint.length - 1) === '/' ? '' : '/') + path;
  }

  function xapi(method, path, body) {
    var headers = { 'X-Experience-API-Version': XAPI_VERSION, 'Authorization': auth };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(endpoint(path), {
      method: method, headers: headers, credentials: 'omit',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      if (!r.ok) {
        return r.text().then(function (t) { throw new Error(method + ' ' + path + ': ' + r.status + ' ' + t); });
      }
      return r;
    });
  }

  /**
   * A cmi5 defined statement (§9): the contextTemplate merged in (§10.2.1, §9.6.2), the cmi5 category (§9.6.2.1),
   * the moveOn category when the result has success or completion (§9.6.2.2), the registration (§9.6.1).
   */
  function statement(verb, result) {
    var context = JSON.parse(JSON.stringify(launchData.contextTemplate || {}));
    context.registration = launch.registration;
    context.contextActivities = context.contextActivities || {};
    var category = (context.contextActivities.category || []).slice();
    category.push({ id: CMI5_CATEGORY });
    if (result && (result.success !== undefined || result.completion !== undefined)) {
      category.push({ id: MOVEON_CATEGORY });
    }
    if ((verb === 'passed' || verb === 'failed') && typeof launchData.masteryScore === 'number') {
      // §9.6.3.2: passed/failed judged against a masteryScore carry it
      context.extensions = context.extensions || {};
      context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'] = launchData.masteryScore;
    }
    context.contextActivities.category = category;
    var s = {
      id: uuid(),
      actor: JSON.parse(launch.actor),
      verb: { id: VERBS[verb], display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: launch.activityId },
      context: context,
      timestamp: new Date().toISOString()
    };
    if (result) {
      s.result = result;
    }
    return s;
  }

  function send(verb, result) {
    return xapi('POST', 'statements', statement(verb, result)).then(function () { say(verb + ' sent'); });
  }

  function run() {
    var started;
    say('fetching the auth token');
    return fetch(launch.fetchUrl, { method: 'POST', credentials: 'omit' })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (!j['auth-token']) {
          throw new Error('fetch error ' + j['error-code'] + ': ' + j['error-text']);
        }
        auth = 'Basic ' + j['auth-token'];
        say('reading LMS.LaunchData');
        return xapi('GET', 'activities/state?stateId=LMS.LaunchData'
          + '&activityId=' + encodeURIComponent(launch.activityId)
          + '&agent=' + encodeURIComponent(launch.actor)
          + '&registration=' + encodeURIComponent(launch.registration));
      })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        launchData = data;
        say('reading cmi5LearnerPreferences');
        // §11: the AU MUST retrieve the learner preferences on startup (a 404 means none are set)
        return fetch(endpoint('agents/profile?profileId=cmi5LearnerPreferences&agent='
            + encodeURIComponent(launch.actor)), {
          headers: { 'X-Experience-API-Version': XAPI_VERSION, 'Authorization': auth }, credentials: 'omit'
        });
      })
      .then(function (r) {
        if (!r.ok && r.status !== 404) {
          throw new Error('GET cmi5LearnerPreferences: ' + r.status);
        }
        started = Date.now();
        return send('initialized'); // §9.3.2: the first statement of the session
      })
      .then(function () {
        if (launchData.launchMode !== 'Normal') {
          return null; // §10.2.2: Browse and Review send no other cmi5 defined statements
        }
        var mastery = typeof launchData.masteryScore === 'number' ? launchData.masteryScore : 0;
        var scaled = Math.max(mastery, 0.9);
        // §9.3.4, §9.5.1, §9.5.2, §9.5.4.1: scaled >= masteryScore, success true, duration
        return send('passed', { score: { scaled: scaled }, success: true, duration: duration(started, Date.now()) })
          // §9.3.3, §9.5.3, §9.5.4.1: completion true, duration; no score or success
          .then(function () { return send('completed', { completion: true, duration: duration(started, Date.now()) }); });
      })
      .then(function () {
        // §9.3.8, §9.5.4.1: the last statement, with the session's duration
        return send('terminated', { duration: duration(started, Date.now()) });
      })
      .then(function () {
        say('done');
        if (launchData.returnURL) {
          setTimeout(function () { window.location.assign(launchData.returnURL); }, 500);
        }
      });
  }

  run().catch(function (e) { say('error: ' + e.message); });
}());
