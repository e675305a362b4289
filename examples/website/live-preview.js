/* global document, window, location */
// In a preview, also inside the admin's live preview: each save in the admin (Payload posts a
// "payload-document-event" to this window) reloads the page, which fetches the newest draft.
;(function () {
  var origin = document.currentScript.dataset.cmsOrigin
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'payload-document-event') location.reload()
  })
})()
