// htmx requests carry the CSRF token from the page's meta tags (CSRF protection stays on for them).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Forms may ask for confirmation with data-confirm="..." (text comes from the message bundle).
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// "Back" links without inline script (the Content-Security-Policy forbids it).
document.addEventListener('click', function (event) {
  var link = event.target.closest('[data-back]');
  if (link && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
