/*
 * Wagtail's autosave saves a revision of the editor's own changes; the edit form still
 * says the editor loaded the revision before it. Saving then looks like overwriting a
 * colleague's newer revision. After each of the editor's own autosaves this controller
 * records that revision as the loaded one (wired in the template
 * wagtailadmin/generic/includes/_loaded_revision_inputs.html), so only a save by someone
 * else in between is reported as a conflict.
 */
(() => {
  class OwnRevisionController extends window.StimulusModule.Controller {
    static targets = ['id', 'createdAt'];

    update(event) {
      // Only this form's autosave: another form's event says nothing about this one.
      if (!event.target.contains(this.element)) return;
      const data = event.detail && event.detail.data;
      if (!data || !data.revision_id || !data.revision_created_at) return;
      this.idTarget.value = `${data.revision_id}`;
      this.createdAtTarget.value = data.revision_created_at;
    }
  }

  window.wagtail.app.register('ll-own-revision', OwnRevisionController);
})();
