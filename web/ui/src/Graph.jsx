import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import { entityHref } from './api.js';
import { formatDate } from './dates.js';
import { eventColors, typeColors } from './colors.js';

// buildElements draws the entity, its events and everyone taking part in
// them or hosting them. Entities appear once however many events they share.
export function buildElements(entity, events) {
  const nodes = new Map();
  const edges = [];
  const addEntity = (e, center = false) => {
    if (!e || nodes.has(e.id)) return;
    nodes.set(e.id, {
      data: { id: e.id, label: e.name, kind: 'entity', type: e.type, center: center ? 'yes' : 'no', color: typeColors[e.type] || typeColors.OTHER },
    });
  };
  addEntity(entity, true);
  events.forEach((ev, i) => {
    const id = 'event:' + ev.id;
    nodes.set(id, {
      data: {
        id,
        label: ev.type.charAt(0) + ev.type.slice(1).toLowerCase() + (ev.start ? '\n' + formatDate(ev.start, ev.end) : ''),
        kind: 'event',
        index: i,
        color: eventColors[ev.type] || eventColors.OTHER,
      },
    });
    for (const p of ev.participants) {
      addEntity(p.entity);
      edges.push({ data: { id: id + '>' + p.entity.id, source: id, target: p.entity.id, rel: 'participant' } });
    }
    if (ev.location && !ev.participants.some((p) => p.entity.id === ev.location.id)) {
      addEntity(ev.location);
      edges.push({ data: { id: id + '@' + ev.location.id, source: id, target: ev.location.id, rel: 'location' } });
    }
  });
  return [...nodes.values(), ...edges];
}

// ringPositions lays the picture out in rings: the entity in the middle,
// its events around it in timeline order (clockwise from the top), and every
// other entity outside, at the mean angle of its events, so edges stay short
// and rarely cross. Deterministic: the same page draws the same picture.
export function ringPositions(entity, events) {
  const pos = { [entity.id]: { x: 0, y: 0 } };
  const n = events.length;
  const r1 = Math.max(95, (n * 40) / (2 * Math.PI));
  const eventAngle = (i) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
  const around = new Map(); // entity id -> [sum cos, sum sin, first angle]
  events.forEach((ev, i) => {
    const a = eventAngle(i);
    pos['event:' + ev.id] = { x: r1 * Math.cos(a), y: r1 * Math.sin(a) };
    const ids = ev.participants.map((p) => p.entity.id);
    if (ev.location) ids.push(ev.location.id);
    for (const id of ids) {
      if (id === entity.id) continue;
      const acc = around.get(id) || [0, 0, a];
      acc[0] += Math.cos(a);
      acc[1] += Math.sin(a);
      around.set(id, acc);
    }
  });
  const outer = [...around.entries()].map(([id, [c, s, first]]) => ({
    id,
    a: Math.hypot(c, s) < 1e-6 ? first : Math.atan2(s, c),
  }));
  outer.sort((x, y) => x.a - y.a);
  const m = outer.length;
  const gap = Math.min((2 * Math.PI) / Math.max(m, 1), 0.42);
  for (let k = 1; k < m; k++) outer[k].a = Math.max(outer[k].a, outer[k - 1].a + gap);
  if (m > 1 && outer[m - 1].a - outer[0].a > 2 * Math.PI - gap) {
    outer.forEach((o, k) => (o.a = outer[0].a + (2 * Math.PI * k) / m));
  }
  const r2 = Math.max(r1 + 95, (m * 62) / (2 * Math.PI));
  for (const o of outer) pos[o.id] = { x: r2 * Math.cos(o.a), y: r2 * Math.sin(o.a) };
  return pos;
}

// Graph is the entity's neighbourhood. Clicking another entity opens its
// page; clicking an event scrolls the timeline to it. The cytoscape
// instance is exposed as window.__cy for the browser test.
export default function Graph({ entity, events, onEvent }) {
  const box = useRef(null);
  useEffect(() => {
    const cy = cytoscape({
      container: box.current,
      elements: buildElements(entity, events),
      minZoom: 0.3,
      maxZoom: 2.5,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node[kind="entity"]',
          style: {
            'background-color': 'data(color)',
            label: 'data(label)',
            color: '#1d2733',
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': 110,
            'text-background-color': '#fff',
            'text-background-opacity': 0.8,
            'text-background-padding': 1,
            width: 22,
            height: 22,
          },
        },
        {
          selector: 'node[center="yes"]',
          style: { width: 38, height: 38, 'border-width': 4, 'border-color': '#1d2733', 'font-size': 13, 'font-weight': 'bold' },
        },
        {
          selector: 'node[kind="event"]',
          style: {
            shape: 'round-diamond',
            'background-color': 'data(color)',
            width: 16,
            height: 16,
            label: 'data(label)',
            'font-size': 9,
            color: '#5b6675',
            'text-wrap': 'wrap',
            'text-valign': 'top',
            'text-margin-y': -3,
            'text-background-color': '#fcfdfe',
            'text-background-opacity': 0.85,
            'text-background-padding': 1,
          },
        },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#b8c2cf', 'curve-style': 'bezier' } },
        { selector: 'edge[rel="location"]', style: { 'line-style': 'dashed', 'line-color': '#8fc1a5' } },
        { selector: 'node:active, node.hover', style: { 'overlay-opacity': 0.12, 'overlay-color': '#3b6fb6' } },
      ],
      layout: { name: 'preset', positions: ringPositions(entity, events), fit: true, padding: 28, animate: false },
    });
    cy.on('tap', 'node[kind="entity"]', (e) => {
      const n = e.target;
      if (n.data('center') === 'yes') return;
      window.location.href = entityHref(n.id());
    });
    cy.on('tap', 'node[kind="event"]', (e) => onEvent?.(e.target.data('index')));
    cy.on('mouseover', 'node', (e) => {
      e.target.addClass('hover');
      if (!(e.target.data('center') === 'yes')) box.current.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', (e) => {
      e.target.removeClass('hover');
      box.current.style.cursor = '';
    });
    window.__cy = cy;
    return () => {
      if (window.__cy === cy) delete window.__cy;
      cy.destroy();
    };
  }, [entity, events, onEvent]);
  return <div className="graph" ref={box} aria-label="Neighbourhood graph" />;
}
