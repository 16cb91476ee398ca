// The HTML edition's one script: KaTeX typesets every formula and Mermaid draws every diagram,
// both from this site's own copies in assets/, so nothing is fetched when a page opens. A formula
// KaTeX cannot read is shown in red as written (throwOnError: false), never dropped. When all is
// drawn, <body data-rendered="true"> says so.
(function () {
  'use strict';
  document.querySelectorAll('.math').forEach(function (element) {
    katex.render(element.textContent, element, {
      displayMode: element.classList.contains('display'),
      throwOnError: false,
      output: 'htmlAndMathml'
    });
  });
  function done() {
    document.body.dataset.rendered = 'true';
  }
  if (typeof mermaid === 'undefined' || document.querySelector('pre.mermaid') === null) {
    done();
    return;
  }
  var fonts = getComputedStyle(document.body).fontFamily;
  mermaid.initialize({ startOnLoad: false, theme: 'neutral', fontFamily: fonts, themeVariables: { fontFamily: fonts } });
  mermaid.run({ querySelector: 'pre.mermaid' }).catch(function (error) {
    console.error(error);
  }).finally(done);
})();
