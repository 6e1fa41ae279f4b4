/* „Alles auswählen“ on wagtail-localize's „Seite übersetzen“ form (was an inline script). */
document.addEventListener('DOMContentLoaded', () => {
  const selectAll = document.querySelector('[name="select_all"]');
  if (!selectAll) return;
  selectAll.addEventListener('change', () => {
    document.querySelectorAll('[name="locales"]').forEach((box) => {
      box.checked = selectAll.checked;
    });
  });
});
