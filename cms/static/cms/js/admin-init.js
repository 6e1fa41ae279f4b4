/*
 * Runs the initialisers that Wagtail 7.4 writes into the admin as inline <script> tags
 * (date pickers, inline panels, chooser widgets). The admin's Content Security Policy
 * forbids inline scripts, so our templates and cms/compat.py render a marker instead:
 *
 *   <span hidden data-controller="ll-init" data-ll-init-call-value="PageChooser"
 *         data-ll-init-args-value='["id_service", {...}]'></span>
 *
 * Stimulus connects the marker wherever it appears — on page load, in a form an inline
 * panel adds, in a modal loaded later — and this controller makes the same call the
 * inline script would have made. Only the calls listed below can be made.
 */
(() => {
  const construct = (name) => (...args) => new window[name](...args);
  const call = (name) => (...args) => window[name](...args);
  const INITIALISERS = {
    initDateChooser: call('initDateChooser'),
    initTimeChooser: call('initTimeChooser'),
    initDateTimeChooser: call('initDateTimeChooser'),
    createTaskChooser: call('createTaskChooser'),
    InlinePanel: construct('InlinePanel'),
    MultipleChooserPanel: construct('MultipleChooserPanel'),
    Chooser: construct('Chooser'),
    PageChooser: construct('PageChooser'),
    ImageChooser: construct('ImageChooser'),
    DocumentChooser: construct('DocumentChooser'),
    SnippetChooser: construct('SnippetChooser'),
  };

  class InitController extends window.StimulusModule.Controller {
    static values = { call: String, args: Array };

    connect() {
      const initialise = INITIALISERS[this.callValue];
      if (!initialise) {
        throw new Error(`ll-init: no initialiser named "${this.callValue}"`);
      }
      // Remove the marker first: if its form is moved (reordering an inline panel),
      // a reconnect must not initialise the widget a second time.
      this.element.remove();
      initialise(...this.argsValue);
    }
  }

  window.wagtail.app.register('ll-init', InitController);
})();
