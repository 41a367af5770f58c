/*
 * The navbar user menu is a <details> element, so it opens and closes without
 * any script. This only adds what a dropdown menu is expected to do: close on
 * Escape (focus back on the avatar) and on a click outside it.
 */
(() => {
  'use strict';

  function init() {
    for (const menu of document.querySelectorAll('details.usermenu')) {
      menu.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && menu.open) {
          menu.open = false;
          menu.querySelector('summary')?.focus();
        }
      });
      document.addEventListener('click', (event) => {
        if (menu.open && !menu.contains(event.target)) menu.open = false;
      });
      // A menu link that opens the cookie settings closes the menu first.
      menu.addEventListener('click', (event) => {
        if (event.target instanceof Element && event.target.closest('a')) menu.open = false;
      });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
