// The picture of a who-met-whom network: Cytoscape.js lays it out (fcose,
// a force-directed layout) and draws it; this script only turns the
// network data into elements, colours people by country, and filters
// meetings by date with the two sliders. Everything it needs is in the
// page, so it opens offline.
(function () {
  'use strict';
  var net = JSON.parse(document.getElementById('network').textContent);
  var cableURL = net.cable_url || '';

  // Colours that stay apart (Tableau 20), handed to the countries of the
  // picture in code order; people of unknown country are grey. Past twenty
  // countries the colours repeat, and the legend still tells them apart.
  var palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#bcbd22',
    '#17becf', '#aec7e8', '#ffbb78', '#98df8a', '#ff9896', '#c5b0d5', '#c49c94', '#f7b6d2', '#dbdb8d',
    '#9edae5', '#393b79', '#637939'];
  var countryColour = {};
  net.people.map(function (p) { return p.country || ''; }).filter(function (c, i, all) {
    return c && all.indexOf(c) === i;
  }).sort().forEach(function (c, i) { countryColour[c] = palette[i % palette.length]; });
  function colour(code) { return countryColour[code] || '#9e9e9e'; }

  function href(m) {
    return cableURL.replace('{cable}', encodeURIComponent(m.cable)).replace('{paragraph}', String(m.paragraph || ''));
  }

  var elements = [];
  net.people.forEach(function (p) {
    elements.push({ group: 'nodes', data: {
      id: p.key, label: p.name, country: p.country || '', colour: colour(p.country),
      titles: (p.titles || []).join('; '), focus: p.focus ? 1 : 0 } });
  });
  net.meetings.forEach(function (m, i) {
    elements.push({ group: 'edges', data: {
      id: 'm' + i, source: m.from, target: m.to, date: m.date || '', month: (m.date || '').slice(0, 7),
      label: m.date || 'undated', cable: m.cable, paragraph: m.paragraph || 0, place: m.place || '',
      evidence: m.evidence || '', href: href(m), meeting: m.meeting || '' } });
  });

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    wheelSensitivity: 0.3,
    maxZoom: 1.6, // a few people are not drawn as large as the window
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(label)', 'width': 18, 'height': 18,
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'node[focus = 1]', style: { 'width': 30, 'height': 30, 'font-size': 14, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#222' } },
      { selector: 'edge', style: {
        'width': 1.5, 'line-color': '#8a8a8a', 'curve-style': 'bezier', 'label': 'data(label)',
        'font-size': 9, 'color': '#555', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 8,
        'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge[date = ""]', style: { 'line-style': 'dashed' } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: 'node.faded', style: { 'opacity': 0.25 } },
      { selector: ':selected', style: { 'line-color': '#d32f2f', 'border-color': '#d32f2f', 'border-width': 3 } }
    ]
  });
  // fcose (force-directed, with spectral initial positions) spreads the
  // people; counting labels as part of the nodes keeps names from covering
  // each other. Fitting a hundred people into the window zooms out, so the
  // labels are then scaled back to their nominal size on screen, and the
  // layout runs once more with the larger labels, starting from where it
  // was.
  cytoscape.use(cytoscapeFcose);
  var fcose = { name: 'fcose', animate: false, quality: 'proof', randomize: true, nodeDimensionsIncludeLabels: true,
    idealEdgeLength: function () { return 90; }, nodeRepulsion: function () { return 30000; },
    nodeSeparation: 60, packComponents: true, padding: 20 };
  function scaleLabels() {
    var zoom = Math.min(cy.zoom(), 1);
    cy.style().selector('node').style({ 'font-size': 11 / zoom, 'width': 18 / Math.sqrt(zoom), 'height': 18 / Math.sqrt(zoom) })
      .selector('node[focus = 1]').style({ 'font-size': 14 / zoom, 'width': 30 / Math.sqrt(zoom), 'height': 30 / Math.sqrt(zoom) })
      .selector('edge').style({ 'font-size': 9 / zoom })
      .update();
  }
  cy.layout(fcose).run();
  scaleLabels();
  fcose.randomize = false;
  cy.layout(fcose).run();
  scaleLabels();
  cy.fit(undefined, 20); // the labels grew: keep them all in view
  // A resized window (or one that gets its final size after the load, as
  // a headless browser's does) keeps the whole network in view.
  window.addEventListener('resize', function () { cy.resize(); cy.fit(undefined, 20); });

  // Dates on every edge of a dense picture would cover the names: past
  // manyEdges, an edge shows its date when pointed at or selected.
  var manyEdges = 40;
  if (cy.edges().length > manyEdges) {
    cy.style().selector('edge').style({ 'label': '' })
      .selector('edge.labelled, edge:selected').style({ 'label': 'data(label)' }).update();
  }
  cy.on('mouseover', 'edge', function (ev) { ev.target.addClass('labelled'); });
  cy.on('mouseout', 'edge', function (ev) { ev.target.removeClass('labelled'); });

  // The sliders step through the months between the first and the last
  // dated meeting. Undated meetings show only while the whole span is
  // selected: nothing says whether they fall inside a narrower one.
  var months = [];
  net.meetings.forEach(function (m) { if (m.date) months.push(m.date.slice(0, 7)); });
  months.sort();
  var span = [];
  if (months.length) {
    var y = +months[0].slice(0, 4), mo = +months[0].slice(5, 7);
    var last = months[months.length - 1];
    for (;;) {
      var s = y + '-' + (mo < 10 ? '0' : '') + mo;
      span.push(s);
      if (s >= last) break;
      mo++; if (mo > 12) { mo = 1; y++; }
    }
  }
  var from = document.getElementById('from'), to = document.getElementById('to');
  from.max = to.max = String(Math.max(span.length - 1, 0));
  from.value = '0'; to.value = to.max;
  if (!span.length) { from.disabled = to.disabled = true; }

  function apply() {
    var a = +from.value, b = +to.value;
    if (a > b) { var t = a; a = b; b = t; }
    var whole = a === 0 && b === span.length - 1;
    var lo = span[a] || '', hi = span[b] || '';
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var m = e.data('month');
        var show = m ? (m >= lo && m <= hi) : (whole || !span.length);
        e.toggleClass('hidden', !show);
      });
      cy.nodes().forEach(function (n) {
        var shown = n.connectedEdges().filter(function (e) { return !e.hasClass('hidden'); }).length;
        n.toggleClass('faded', shown === 0 && !n.data('focus'));
      });
    });
    document.getElementById('range-label').textContent = span.length ? lo + ' – ' + hi : 'no dated meetings';
    var visible = cy.edges().filter(function (e) { return !e.hasClass('hidden'); }).length;
    document.getElementById('counts').textContent = cy.nodes().length + ' people, ' + visible + ' of ' + cy.edges().length + ' meetings shown';
  }
  from.addEventListener('input', apply);
  to.addEventListener('input', apply);
  apply();

  // The legend lists the countries present.
  var legend = document.getElementById('legend');
  var seen = {};
  net.people.forEach(function (p) { seen[p.country || ''] = true; });
  Object.keys(seen).sort().forEach(function (c) {
    var d = document.createElement('div');
    var sw = document.createElement('span');
    sw.className = 'swatch'; sw.style.background = colour(c);
    d.appendChild(sw);
    d.appendChild(document.createTextNode(c || 'unknown'));
    legend.appendChild(d);
  });

  var details = document.getElementById('details');
  function show(parts) {
    details.textContent = '';
    parts.forEach(function (p) { details.appendChild(p); });
  }
  function el(tag, text) { var e = document.createElement(tag); if (text) e.textContent = text; return e; }
  cy.on('tap', 'edge', function (ev) {
    var d = ev.target.data();
    var a = cy.getElementById(d.source).data('label'), b = cy.getElementById(d.target).data('label');
    var cite = el('p');
    var link = el('a', d.cable + (d.paragraph ? ' ¶' + d.paragraph : ''));
    link.href = d.href; link.target = '_blank'; link.rel = 'noopener';
    cite.appendChild(document.createTextNode('Cable '));
    cite.appendChild(link);
    show([el('h3', a + ' met ' + b), el('p', (d.date || 'undated') + (d.place ? ', ' + d.place : '')), cite, el('blockquote', d.evidence)]);
  });
  cy.on('tap', 'node', function (ev) {
    var d = ev.target.data();
    show([el('h3', d.label), el('p', d.country || 'country unknown'), el('p', d.titles), el('p', ev.target.connectedEdges().length + ' meetings in this picture')]);
  });

  // Self-test, for the headless-browser test: with #selftest=FROM,TO in
  // the address, record what is shown, move the sliders to the months
  // FROM and TO as a user would (input events), record again, and write
  // it all as JSON into the page, where chromium --dump-dom reads it.
  function visibleState() {
    return {
      people: cy.nodes().filter(function (n) { return !n.hasClass('faded'); }).map(function (n) { return n.data('label'); }).sort(),
      meetings: cy.edges().filter(function (e) { return !e.hasClass('hidden'); }).map(function (e) {
        return [e.data('source'), e.data('target'), e.data('cable'), e.data('paragraph'), e.data('date')].join('|');
      }).sort(),
      edge_labels: cy.edges().filter(function (e) { return !e.hasClass('hidden'); }).map(function (e) { return e.style('label'); }).sort()
    };
  }
  var m = /#selftest=([0-9-]*),([0-9-]*)/.exec(location.hash);
  if (m) {
    var result = { before: visibleState(), months: span, drawn: cy.nodes().length, positioned: 0 };
    cy.nodes().forEach(function (n) { var p = n.renderedPosition(); if (isFinite(p.x) && isFinite(p.y)) result.positioned++; });
    var fi = span.indexOf(m[1]), ti = span.indexOf(m[2]);
    if (fi >= 0 && ti >= 0) {
      from.value = String(fi); from.dispatchEvent(new Event('input'));
      to.value = String(ti); to.dispatchEvent(new Event('input'));
    }
    result.after = visibleState();
    result.label = document.getElementById('range-label').textContent;
    result.resources = performance.getEntriesByType('resource').map(function (r) { return r.name; });
    result.errors = window.cablegraphErrors;
    var out = document.getElementById('selftest-result');
    out.textContent = JSON.stringify(result);
    out.setAttribute('data-done', '1');
  }
})();
