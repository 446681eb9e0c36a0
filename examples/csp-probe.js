// Loaded first by examples/csp.html: records every Content-Security-Policy violation on the page
// from the very start, in window.__planCspViolations (read by the CSP test), and logs each one.
(function () {
  var seen = (window.__planCspViolations = []);
  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      var entry = {
        directive: e.effectiveDirective || e.violatedDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      };
      seen.push(entry);
      console.error('CSP violation: ' + JSON.stringify(entry));
    },
    true,
  );
})();
