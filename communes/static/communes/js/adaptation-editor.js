/*
 * The adaptation editor (CommuneServicePage) under the admin's Content Security Policy:
 *
 * - ll-central-values: when the editor chooses another central service, fetch the
 *   central (and district) value of every field from the admin and show it beside the
 *   local fields (the panels render the same HTML on page load).
 * - ll-central-check: „Geprüft, keine Änderung nötig“ without leaving the form, so
 *   unsaved local edits stay where they are.
 */
(() => {
  const { Controller } = window.StimulusModule;

  class CentralValuesController extends Controller {
    static values = { url: String };

    static targets = ['summary', 'error'];

    async serviceChanged(event) {
      if (event.target.name !== 'service') return;
      const service = event.target.value;
      this.errorTarget.hidden = true;
      if (!service) return;
      const url = new URL(this.urlValue, window.location.href);
      url.searchParams.set('service', service);
      let data;
      try {
        const response = await fetch(url, {
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
        });
        data = await response.json();
        if (!response.ok) throw new Error(data.error || response.statusText);
      } catch (error) {
        this.errorTarget.textContent = `Der zentrale Text konnte nicht geladen werden: ${error.message}`;
        this.errorTarget.hidden = false;
        return;
      }
      // The server renders (and escapes) every fragment; see CentralValuesView.
      this.summaryTarget.innerHTML = data.summary;
      document.querySelectorAll('[data-ll-central-field]').forEach((element) => {
        const html = data.fields[element.dataset.llCentralField];
        if (html !== undefined) element.innerHTML = html;
      });
    }
  }

  class CentralCheckController extends Controller {
    static values = { url: String, revision: Number };

    static targets = ['actions', 'status'];

    async markChecked(event) {
      event.preventDefault();
      const token = document.querySelector('input[name=csrfmiddlewaretoken]');
      const body = new FormData();
      body.append('revision', String(this.revisionValue));
      const response = await fetch(this.urlValue, {
        method: 'POST',
        body,
        headers: {
          Accept: 'application/json',
          'X-CSRFToken': token ? token.value : '',
        },
        credentials: 'same-origin',
      });
      const data = await response.json().catch(() => ({}));
      this.statusTarget.textContent =
        data.message || 'Das hat nicht geklappt. Bitte laden Sie die Seite neu.';
      if (response.ok) this.actionsTarget.remove();
    }
  }

  window.wagtail.app.register('ll-central-values', CentralValuesController);
  window.wagtail.app.register('ll-central-check', CentralCheckController);
})();
