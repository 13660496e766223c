// What every page must get right, checked in the browser on what is shown (EveryPageIT).
// Returns a list of problems in words; an empty list is a page that passes.
return (() => {
  const problems = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;

  // every element, also inside open shadow roots, in document order
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) {
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  const shown = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const describe = (el) => {
    const id = el.id ? '#' + el.id : '';
    const text = (el.innerText || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return el.localName + id + (text ? ' "' + text + '"' : '');
  };

  // 1. no horizontal overflow of the page (or of the app layout's content area)
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push('the page scrolls sideways: ' + root.scrollWidth + ' px wide in ' + root.clientWidth);
  }
  const layout = document.querySelector('vaadin-app-layout');
  const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
  if (content && content.scrollWidth > content.clientWidth + 1) {
    problems.push('the content scrolls sideways: ' + content.scrollWidth + ' px wide in ' + content.clientWidth);
  }

  // 2. grids, date pickers, combo boxes, selects and charts have a size; a grid with data shows rows
  for (const el of all) {
    if (!/^(vaadin-grid|vaadin-date-picker|vaadin-date-time-picker|vaadin-combo-box|vaadin-multi-select-combo-box|vaadin-select|hf-echart)$/.test(el.localName)) {
      continue;
    }
    if (!shown(el)) {
      continue;
    }
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) {
      problems.push(describe(el) + ' has no size (' + Math.round(box.width) + '×' + Math.round(box.height) + ')');
      continue;
    }
    if (el.localName === 'hf-echart' && box.height < 160) {
      problems.push(describe(el) + ' is squashed to ' + Math.round(box.height) + ' px');
    }
    if (el.localName === 'vaadin-grid' && el.size > 0) {
      const rows = [...el.shadowRoot.querySelectorAll('#items tr')].filter((tr) => {
        const r = tr.getBoundingClientRect();
        return !tr.hidden && r.height > 0 && r.bottom > box.top && r.top < box.bottom;
      });
      if (rows.length === 0) {
        problems.push(describe(el) + ' has ' + el.size + ' items but shows no row');
      }
    }
  }

  // 3. the page's primary action is inside the viewport
  const primary = all.find((el) => el.localName === 'vaadin-button' && /\bprimary\b/.test(el.getAttribute('theme') || '')
    && shown(el) && !el.closest('vaadin-dialog-overlay, vaadin-confirm-dialog-overlay'));
  if (primary) {
    const r = primary.getBoundingClientRect();
    if (r.left < 0 || r.right > vw + 1 || r.top < 0 || r.bottom > vh + 1) {
      problems.push('the primary action ' + describe(primary) + ' is outside the viewport at '
        + Math.round(r.left) + ',' + Math.round(r.top));
    }
  }

  // 4. no raw translation key, enum code or null in the visible text
  const text = document.body.innerText;
  const code = text.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[A-Z]{6,}\b/);
  if (code) {
    problems.push('a code is shown: ' + code[0]);
  }
  const key = text.match(/\b(app|base|shell|security|organization|flowdesign|flowexecution|promotion|insight|demo)\.[a-zA-Z]+\.[a-zA-Z.]+/);
  if (key) {
    problems.push('a translation key is shown: ' + key[0]);
  }
  const nothing = text.match(/\b(null|undefined|NaN)\b/);
  if (nothing) {
    problems.push('"' + nothing[0] + '" is shown');
  }

  // 5. no text cut without a way to read it whole (a title or a tooltip)
  const readable = (el) => {
    for (let at = el, depth = 0; at && depth < 8; depth++) {
      if (at.getAttribute && at.getAttribute('title')) {
        return true;
      }
      if (at.querySelector && at.querySelector(':scope > vaadin-tooltip')) {
        return true;
      }
      if (at.id && document.querySelector('vaadin-tooltip[for="' + at.id + '"]')) {
        return true;
      }
      at = at.assignedSlot || at.parentElement || (at.getRootNode() && at.getRootNode().host);
    }
    return false;
  };
  for (const el of all) {
    if (getComputedStyle(el).textOverflow !== 'ellipsis' || !shown(el) || el.scrollWidth <= el.clientWidth + 1) {
      continue;
    }
    if (!(el.innerText || '').trim()) {
      continue;
    }
    const grid = el.closest('vaadin-grid');
    if (grid && grid.querySelector(':scope > vaadin-tooltip[slot="tooltip"]')) {
      continue;
    }
    if (!readable(el)) {
      problems.push('text cut without a tooltip: ' + describe(el));
    }
  }

  // 6. errors the page reported (collected from the start of the page, see EveryPageIT)
  for (const e of window.__hallflowErrors || []) {
    problems.push('console: ' + e);
  }
  return problems;
})();
