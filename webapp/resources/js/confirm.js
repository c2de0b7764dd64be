// Asks before an action marked data-confirm (revoking an LRS credential) goes ahead. A script file, not an onclick
// attribute: the pages' Content-Security-Policy runs no inline script.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
