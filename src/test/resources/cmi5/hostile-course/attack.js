/*
 * The hostile package's page: tries everything of hostile.js against the tracker's pages and API (their origin is
 * the launch URL's xAPI endpoint's) and against its own origin, writes what it got to <body data-attack> (JSON),
 * then behaves as honest content (au.js: fetch, statements, terminated).
 */
(function () {
  'use strict';

  var pages = new URL(new URLSearchParams(window.location.search).get('endpoint')).origin;
  var own = window.location.origin;
  var attempts = [
    ['apiJson', function () { return hostile.createCredential(pages, 'stolen-json'); }],
    ['apiUnasked', function () { return hostile.createCredentialUnasked(pages, 'stolen-unasked'); }],
    ['apiForm', function () { return hostile.postForm(pages, 'stolen-form'); }],
    ['adminPage', function () { return hostile.read(pages + '/admin/credentials'); }],
    ['adminPageInFrame', function () { return hostile.readInFrame(pages + '/admin/credentials'); }],
    ['ownOriginApi', function () { return hostile.createCredential(own, 'stolen-own-origin'); }],
    ['ownOriginAdminPage', function () { return hostile.read(own + '/admin/credentials'); }]
  ];
  var results = {};

  attempts.reduce(function (previous, attempt) {
    return previous.then(function () {
      return attempt[1]().then(function (what) { results[attempt[0]] = what; });
    });
  }, Promise.resolve()).then(function () {
    document.body.setAttribute('data-attack', JSON.stringify(results));
    var au = document.createElement('script');
    au.src = 'au.js';
    document.body.appendChild(au);
  });
}());
