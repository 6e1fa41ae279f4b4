/*
 * The chooser URLs wagtail-localize's translation editor expects in window.chooserUrls.
 * Its template sets them in an inline script, which the admin's Content Security Policy
 * forbids; our copy of the template passes them as data attributes of this script tag.
 */
(() => {
  const data = document.currentScript.dataset;
  if (typeof window.chooserUrls === 'undefined') {
    window.chooserUrls = {
      imageChooser: data.imageChooser,
      documentChooser: data.documentChooser,
      pageChooser: data.pageChooser,
    };
  }
})();
