/*
 * A test AU built on @rusticisoftware/cmi5 as its documentation shows: new Cmi5(launch URL), start() (fetch URL,
 * LMS.LaunchData, cmi5LearnerPreferences, "initialized"), then passed / failed / completed and terminate().
 * What to do comes from the AU's launchParameters in cmi5.xml (cmi5 §10.2.3), a JSON object:
 *   {"outcome": "pass" | "pass-unscored" | "fail" | "complete" | "hold", "score"?: scaled score}
 * "pass" sends passed then completed; "hold" stays open until the learner presses Exit. Browse and Review
 * launches send only initialized and terminated (§10.2.2).
 */
(function () {
  'use strict';

  function outcome(cmi5, plan) {
    var score = typeof plan.score === 'number' ? { scaled: plan.score } : undefined;
    switch (plan.outcome) {
      case 'pass':
        return cmi5.passed(score).then(function () { return cmi5.completed(); });
      case 'pass-unscored':
        return cmi5.passed();
      case 'fail':
        return cmi5.failed(score);
      case 'complete':
        return cmi5.completed();
      case 'hold':
        AuPage.state('holding');
        return AuPage.exitPressed();
      default:
        throw new Error('unknown outcome in launchParameters: ' + plan.outcome);
    }
  }

  var cmi5;
  try {
    cmi5 = new Cmi5(document.location.href);
  } catch (e) {
    AuPage.fail(e);
    return;
  }
  cmi5.start()
    .then(function () {
      AuPage.state('initialized');
      if (cmi5.getLaunchMode() !== 'Normal') {
        return null;
      }
      return outcome(cmi5, JSON.parse(cmi5.getLaunchParameters() || '{}'));
    })
    .then(function () { return cmi5.terminate(); })
    .then(function () { AuPage.done(cmi5.getReturnURL()); })
    .catch(AuPage.fail);
}());
