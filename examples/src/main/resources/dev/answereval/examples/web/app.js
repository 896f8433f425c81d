// The answer-eval page: loads the questions, sends an answer to POST /api/score and shows the
// result with the evidence highlighted in the answer text. No external code or assets.
'use strict';
(function () {
  const KEY_POINT_COLOURS = ['#ffd966', '#a8e6a1', '#9fd3ff', '#f5b3e6', '#ffc29e', '#c8b6ff',
    '#b5f0e6', '#e6e6a1', '#f7a8a8', '#cfd8dc'];
  const STAR_COLOURS = { situation: '#9fd3ff', task: '#ffd966', action: '#a8e6a1', result: '#f5b3e6' };
  const $ = (id) => document.getElementById(id);
  let questions = [];

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function setStatus(text, isError) {
    $('status').textContent = text;
    $('status').className = isError ? 'error' : '';
  }

  async function load() {
    try {
      const response = await fetch('api/questions');
      if (!response.ok) throw new Error('HTTP ' + response.status);
      questions = await response.json();
    } catch (e) {
      setStatus('Could not load the questions: ' + e.message, true);
      return;
    }
    const roles = [];
    for (const q of questions) {
      if (q.role && !roles.includes(q.role)) roles.push(q.role);
    }
    const roleSelect = $('role');
    roleSelect.append(new Option('All roles', ''));
    for (const r of roles) roleSelect.append(new Option(r, r));
    roleSelect.addEventListener('change', fillQuestions);
    $('question').addEventListener('change', showQuestion);
    fillQuestions();
  }

  function fillQuestions() {
    const role = $('role').value;
    const select = $('question');
    select.textContent = '';
    for (const q of questions) {
      if (role && q.role !== role) continue;
      const label = q.text.length > 90 ? q.text.slice(0, 87) + '...' : q.text;
      select.append(new Option(q.id + ': ' + label, q.id));
    }
    showQuestion();
  }

  function currentQuestion() {
    const id = $('question').value;
    return questions.find((q) => q.id === id);
  }

  function showQuestion() {
    const q = currentQuestion();
    $('question-text').textContent = q ? q.text + ' (' + q.kind + ')' : '';
  }

  async function score() {
    const q = currentQuestion();
    const answer = $('answer').value;
    if (!q) {
      setStatus('Pick a question first.', true);
      return;
    }
    const button = $('score-button');
    button.disabled = true;
    setStatus('Scoring...', false);
    try {
      const response = await fetch('api/score', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ questionId: q.id, answer: answer }),
      });
      const body = await response.json();
      if (!response.ok) {
        setStatus(body.error || 'HTTP ' + response.status, true);
        return;
      }
      render(body, answer);
      setStatus('', false);
    } catch (e) {
      setStatus('Could not score: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  function render(result, answer) {
    $('result').hidden = false;
    const scored = result.status === 'scored';
    $('score').textContent = scored ? result.score.toFixed(1) : '-';
    $('band').textContent = scored ? result.band.name : 'Not scored';
    const passed = $('passed');
    passed.textContent = scored
      ? (result.passed ? 'passed' : 'not passed') + ' (threshold ' + result.passThreshold + ')'
      : '';
    passed.className = 'passed ' + (result.passed ? 'yes' : 'no');
    $('reason').hidden = scored;
    $('reason').textContent = scored ? '' : 'Not scored: ' + result.reason;

    // Key points: one colour per covered key point, in rubric order.
    const legend = $('legend');
    legend.textContent = '';
    const groups = [];
    let colour = 0;
    for (const kp of result.keyPoints) {
      if (!kp.covered) continue;
      const c = KEY_POINT_COLOURS[colour++ % KEY_POINT_COLOURS.length];
      groups.push({ key: kp.id, colour: c, label: kp.id + ': ' + kp.description, spans: kp.evidence });
      const li = el('li');
      li.dataset.kp = kp.id;
      const swatch = el('span', 'swatch');
      swatch.style.background = c;
      li.append(swatch, el('span', '', kp.description));
      legend.append(li);
    }
    if (groups.length === 0) legend.append(el('li', 'empty', 'No key point is covered yet.'));
    highlight($('answer-kp'), answer, groups, 'kp');

    // STAR components, for behavioral questions.
    const star = result.star;
    $('star-section').hidden = !star.applicable;
    const starLegend = $('star-legend');
    starLegend.textContent = '';
    const starGroups = [];
    if (star.applicable) {
      for (const [name, comp] of Object.entries(star.components)) {
        const li = el('li');
        const swatch = el('span', 'swatch');
        swatch.style.background = STAR_COLOURS[name] || '#ddd';
        li.append(swatch, el('span', '', name + (comp.found ? '' : ' (missing)')));
        starLegend.append(li);
        if (comp.found) {
          starGroups.push({ key: name, colour: STAR_COLOURS[name] || '#ddd', label: name, spans: comp.evidence });
        }
      }
    }
    highlight($('answer-star'), answer, starGroups, 'star');

    const missing = $('missing');
    missing.textContent = '';
    for (const kp of result.keyPoints) {
      if (kp.covered) continue;
      const li = el('li', kp.required ? 'required' : '');
      li.dataset.kp = kp.id;
      // The id, not the model statement: pasting the rubric back would teach nothing; the
      // suggestions below carry the hint.
      li.textContent = kp.id + (kp.required ? ' (required)' : '')
        + (kp.negated ? ' (your answer denies this)' : '');
      missing.append(li);
    }
    if (!missing.children.length) missing.append(el('li', 'empty', 'None: every key point is covered.'));

    const flags = $('flags');
    flags.textContent = '';
    for (const f of result.flags) {
      flags.append(el('li', '', f.message + (f.penalty > 0 ? ' (-' + f.penalty.toFixed(1) + ' points)' : '')));
    }
    $('flags-section').hidden = result.flags.length === 0;

    const feedback = $('feedback');
    feedback.textContent = '';
    for (const line of result.feedback) feedback.append(el('li', '', line));
  }

  // Renders text into container, wrapping each stretch covered by some group's spans in a <mark>.
  // Where groups overlap, the mark shows their colours as stripes and names them all.
  function highlight(container, text, groups, kind) {
    container.textContent = '';
    const cuts = new Set([0, text.length]);
    for (const g of groups) {
      for (const s of g.spans) {
        cuts.add(Math.max(0, Math.min(text.length, s.start)));
        cuts.add(Math.max(0, Math.min(text.length, s.end)));
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = groups.filter((g) => g.spans.some((s) => s.start <= a && s.end >= b));
      if (covering.length === 0) {
        container.append(document.createTextNode(piece));
        continue;
      }
      const mark = el('mark', kind, piece);
      mark.dataset[kind] = covering.map((g) => g.key).join(' ');
      mark.title = covering.map((g) => g.label).join('\n');
      if (covering.length === 1) {
        mark.style.background = covering[0].colour;
      } else {
        const stops = [];
        covering.forEach((g, j) => stops.push(g.colour + ' ' + j * 8 + 'px ' + (j + 1) * 8 + 'px'));
        mark.style.background = 'repeating-linear-gradient(135deg, ' + stops.join(', ') + ')';
      }
      container.append(mark);
    }
    if (!text) container.append(el('span', 'empty', '(empty answer)'));
  }

  $('score-button').addEventListener('click', score);
  $('answer').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) score();
  });
  load();
})();
