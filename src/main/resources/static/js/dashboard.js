// The dashboard's charts (Apache ECharts from its webjar). Each <figure data-chart="url"> is filled from its JSON
// endpoint: the chart, its text alternative and its table of numbers. No inline script or style (strict CSP):
// tooltips are drawn on the canvas (renderMode richText), sizes come from dashboard.css.
(function () {
  'use strict';
  // Okabe–Ito: distinguishable with every common colour vision deficiency.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  // Heat map outcomes in the legend's order: on time, late, returned, not submitted, not yet due.
  var OUTCOME_COLOURS = ['#009E73', '#E69F00', '#CC79A7', '#D55E00', '#DDDDDD'];
  var OUTCOME_MARKS = ['✓', '!', '↩', '✗', '·'];
  var numbers = new Intl.NumberFormat('ru-RU');
  var charts = [];

  function text(value) {
    return typeof value === 'number' ? numbers.format(value) : String(value);
  }

  function base(data) {
    return {
      color: PALETTE,
      textStyle: {fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'},
      aria: {enabled: true, label: {enabled: false}, decal: {show: true}},
      toolbox: {right: 8, feature: {saveAsImage: {name: 'praktika-' + data.id, pixelRatio: 2}}},
      tooltip: {renderMode: 'richText', trigger: 'item', valueFormatter: text},
      legend: {type: 'scroll', bottom: 0, left: 0, right: 40}
    };
  }

  function labels(data) {
    return data.rows.map(function (r) { return r.label; });
  }

  function series(data, kind, options) {
    var plotted = data.extra && data.extra.plotted ? data.extra.plotted : data.columns.length;
    return data.columns.slice(0, plotted).map(function (column, i) {
      var s = {name: column, type: kind, data: data.rows.map(function (r) { return r.values[i]; })};
      return Object.assign(s, options || {});
    });
  }

  var builders = {
    // The placement funnel as bars in the statuses' order: a funnel shape misleads when a later status holds
    // more practices than an earlier one (returned, withdrawn), and zero steps vanish from a funnel.
    funnel: function (data) {
      var o = builders.bars(data);
      o.legend.show = false;
      o.series.forEach(function (s) {
        delete s.stack;
        s.colorBy = 'data';
        s.label = {show: true, position: 'right', formatter: function (p) { return text(p.value); }};
      });
      return o;
    },
    bars: function (data) {
      var o = base(data);
      o.tooltip.trigger = 'axis';
      o.grid = {left: 24, right: 32, top: 36, bottom: 48, containLabel: true};
      o.xAxis = {type: 'value', minInterval: 1, axisLabel: {formatter: text}};
      o.yAxis = {type: 'category', inverse: true, data: labels(data),
        axisLabel: {width: 150, overflow: 'truncate'}};
      o.series = series(data, 'bar', {stack: 'total', barMaxWidth: 28});
      return o;
    },
    columns: function (data) {
      var o = base(data);
      o.tooltip.trigger = 'axis';
      o.grid = {left: 8, right: 24, top: 36, bottom: 48, containLabel: true};
      o.xAxis = {type: 'category', data: labels(data), axisLabel: {interval: 0, rotate: data.rows.length > 4 ? 30 : 0,
        width: 120, overflow: 'truncate'}};
      o.yAxis = {type: 'value', minInterval: 1, axisLabel: {formatter: text}};
      o.series = series(data, 'bar', Object.assign({barMaxWidth: 36},
        data.extra && data.extra.stacked ? {stack: 'total'} : {}));
      return o;
    },
    line: function (data) {
      var o = base(data);
      o.tooltip.trigger = 'axis';
      o.grid = {left: 8, right: 24, top: 36, bottom: 48, containLabel: true};
      o.xAxis = {type: 'category', data: labels(data)};
      o.yAxis = {type: 'value', minInterval: 1, axisLabel: {formatter: text}};
      o.series = series(data, 'line', {symbolSize: 8});
      o.series.forEach(function (s, i) { s.symbol = i === 0 ? 'circle' : 'triangle'; s.lineStyle = {type: i === 0 ? 'solid' : 'dashed'}; });
      return o;
    },
    heatmap: function (data, canvas) {
      var legend = data.extra.legend;
      var narrow = canvas.clientWidth < 600;
      var cells = [];
      data.rows.forEach(function (r, y) {
        r.values.forEach(function (v, x) { cells.push([x, y, legend.indexOf(v)]); });
      });
      var o = base(data);
      o.aria.decal.show = false;
      o.grid = {left: 8, right: 24, top: 36, bottom: 56, containLabel: true};
      // On a phone only the period's first word (its Roman numeral) fits; the full names are in the table.
      o.xAxis = {type: 'category', data: data.columns, position: 'top', splitArea: {show: true},
        axisLabel: {interval: 0, formatter: function (v) { return narrow ? String(v).split(' ')[0] : v; }}};
      o.yAxis = {type: 'category', data: labels(data), inverse: true, axisLabel: {width: 200, overflow: 'truncate'}};
      o.tooltip.formatter = function (p) {
        return data.rows[p.value[1]].label + ', ' + data.columns[p.value[0]] + ': ' + legend[p.value[2]];
      };
      o.visualMap = {type: 'piecewise', dimension: 2, orient: 'horizontal', bottom: 0, left: 0,
        pieces: legend.map(function (name, i) { return {value: i, label: OUTCOME_MARKS[i] + ' ' + name, color: OUTCOME_COLOURS[i]}; })};
      o.series = [{type: 'heatmap', data: cells, itemStyle: {borderColor: '#fff', borderWidth: 2},
        label: {show: true, fontSize: 14, formatter: function (p) { return OUTCOME_MARKS[p.value[2]]; }}}];
      return o;
    },
    tiles: function (data) {
      var tiles = data.extra.tiles;
      var cols = Math.max.apply(null, tiles.map(function (t) { return t.column; })) + 1;
      var rows = Math.max.apply(null, tiles.map(function (t) { return t.row; })) + 1;
      var max = Math.max.apply(null, tiles.map(function (t) { return t.value; }).concat([1]));
      var range = function (n) { return Array.apply(null, Array(n)).map(function (_, i) { return String(i); }); };
      var o = base(data);
      o.aria.decal.show = false;
      o.grid = {left: 4, right: 4, top: 36, bottom: 48};
      o.xAxis = {type: 'category', data: range(cols), show: false};
      o.yAxis = {type: 'category', data: range(rows), show: false, inverse: true};
      o.tooltip.formatter = function (p) { return p.data.name + ': ' + text(p.value[2]); };
      o.visualMap = {type: 'continuous', min: 0, max: max, dimension: 2, orient: 'horizontal', bottom: 0, left: 0,
        calculable: false, itemHeight: 160, text: [text(max), '0'], inRange: {color: ['#F2F2F2', '#56B4E9', '#0072B2']},
        formatter: function (v) { return text(Math.round(v)); }};
      o.series = [{type: 'heatmap', itemStyle: {borderColor: '#fff', borderWidth: 2},
        label: {show: true, fontSize: 10, formatter: function (p) {
          return p.data.short + (p.value[2] > 0 ? '\n' + text(p.value[2]) : '');
        }},
        data: tiles.map(function (t) { return {value: [t.column, t.row, t.value], name: t.name, short: t.label}; })}];
      return o;
    }
  };

  function table(figure, data) {
    var t = document.createElement('table');
    t.className = 'table table-sm table-striped mb-0';
    var head = t.createTHead().insertRow();
    [data.rowHeader].concat(data.columns).forEach(function (c, i) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c;
      if (i > 0) { th.className = 'text-end'; }
      head.appendChild(th);
    });
    var body = t.createTBody();
    data.rows.forEach(function (r) {
      var tr = body.insertRow();
      var th = document.createElement('th');
      th.scope = 'row';
      th.className = 'fw-normal';
      th.textContent = r.label;
      tr.appendChild(th);
      r.values.forEach(function (v) {
        var td = tr.insertCell();
        td.textContent = text(v);
        if (typeof v === 'number') { td.className = 'text-end'; }
      });
    });
    var box = figure.querySelector('.dash-table');
    box.textContent = '';
    box.appendChild(t);
  }

  function draw(figure) {
    fetch(figure.getAttribute('data-chart'), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        var canvas = figure.querySelector('.dash-canvas');
        figure.querySelector('.dash-summary').textContent = data.summary;
        canvas.setAttribute('aria-label', data.title + '. ' + data.summary);
        table(figure, data);
        if (data.kind === 'heatmap') {
          // As tall as its bodies need (one row for a body's own dashboard); CSSOM, which the CSP allows.
          canvas.style.height = (130 + data.rows.length * 26) + 'px';
        }
        var chart = echarts.init(canvas, null, {locale: 'RU', renderer: 'canvas'});
        chart.setOption(builders[data.kind](data, canvas));
        charts.push(chart);
        figure.setAttribute('data-drawn', 'true');
      })
      .catch(function () {
        figure.setAttribute('data-drawn', 'failed');
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('figure[data-chart]').forEach(draw);
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  });
})();
