/*
 * A test AU built on @xapi/cmi5 as its documentation shows: new Cmi5() (launch parameters from the page URL),
 * initialize() (fetch URL, LMS.LaunchData, cmi5LearnerPreferences, "initialized"), then pass / fail / complete
 * and terminate(). What to do comes from the AU's launchParameters in cmi5.xml (cmi5 §10.2.3), a JSON object:
 *   {"outcome": "pass" | "pass-unscored" | "fail" | "complete" | "hold", "score"?: scaled score}
 * "pass" sends passed then completed; "hold" stays open until the learner presses Exit. Browse and Review
 * launches send only initialized and terminated (§10.2.2).
 */
(function () {
  'use strict';

  function outcome(cmi5, plan) {
    switch (plan.outcome) {
      case 'pass':
        return cmi5.pass(plan.score).then(function () { return cmi5.complete(); });
      case 'pass-unscored':
        return cmi5.pass();
      case 'fail':
        return cmi5.fail(plan.score);
      case 'complete':
        return cmi5.complete();
      case 'hold':
        AuPage.state('holding');
        return AuPage.exitPressed();
      default:
        throw new Error('unknown outcome in launchParameters: ' + plan.outcome);
    }
  }

  var cmi5;
  try {
    cmi5 = new Cmi5();
  } catch (e) {
    AuPage.fail(e);
    return;
  }
  cmi5.initialize()
    .then(function () {
      AuPage.state('initialized');
      var launchData = cmi5.getLaunchData();
      if (launchData.launchMode !== 'Normal') {
        return null;
      }
      return outcome(cmi5, JSON.parse(launchData.launchParameters || '{}'));
    })
    .then(function () { return cmi5.terminate(); })
    .then(function () { AuPage.done(cmi5.getLaunchData().returnURL); })
    .catch(AuPage.fail);
}());
