// In-page measurement shared by both pages. The runner drives it through `window.__bench`.
// A system is `{ name, mount(schema, host) → root, settle(root, n) → Promise, inputFor(root, pointer),
// afterInput(root, input) → Promise, errorText(root, pointer) → string, verify(root, n) → string[] }`.
import { generateSchema } from '../schema.mjs';

const now = () => performance.now();
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(now())));

/** Resolves just after the next frame was produced: a task posted from rAF runs after its paint. */
function afterNextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const rafAt = now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ rafAt, paintedAt: now() });
      channel.port2.postMessage(null);
    });
  });
}

/** Style and layout of the whole document, synchronously (layout is per frame, shadow trees included). */
function forceLayout() {
  void document.body.offsetHeight;
  return now();
}

/**
 * A fresh renderer loads its fonts on first use (fontconfig fallback for Vietnamese text takes
 * ~100 ms here): render text in the same fonts before measuring, as any real page header would.
 */
function warmUpText() {
  if (document.getElementById('warm-up')) return;
  const text = document.createElement('p');
  text.id = 'warm-up';
  text.style.cssText =
    'font-family: "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; font-size: 0.875rem; margin: 0;';
  const parts = [
    ['span', '', 'Cổng dịch vụ công: '],
    ['b', '', 'Họ, chữ đệm và tên (bắt buộc) '],
    ['span', 'font-size: 1.125rem', 'Ngày Tháng Năm 0123456789 '],
    ['strong', 'font-size: 1.5rem', 'Phần 1: Thông tin người khai'],
  ];
  for (const [tag, style, content] of parts) {
    const part = document.createElement(tag);
    part.style.cssText = style;
    part.textContent = content;
    text.append(part);
  }
  // Form controls have their own first-use costs (theme parts, caret); pay them here too.
  const controls = document.createElement('span');
  controls.inert = true;
  for (const type of ['text', 'radio', 'checkbox']) {
    const input = document.createElement('input');
    input.type = type;
    input.tabIndex = -1;
    input.style.cssText = 'font: inherit; inline-size: 4ex;';
    controls.append(input);
  }
  text.append(controls);
  document.body.prepend(text);
  forceLayout();
}

export function installHarness(system) {
  const host = document.getElementById('host');
  let schema;
  let n = 0;
  let root;
  let input;
  let pending;
  let focused = '';
  const errors = [];
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason?.stack ?? event.reason)));

  window.__bench = {
    system: system.name,
    errors,
    /** Generates the schema before the heap baseline, so both systems hold it in both readings. */
    async prepare(size) {
      n = size;
      schema = generateSchema(size);
      warmUpText();
      await frame();
      await frame();
      return Object.keys(schema.properties).length;
    },
    /** Mount: from just before creating the form to every control present and one frame painted. */
    async mount() {
      const start = now();
      root = system.mount(schema, host);
      await system.settle(root, n);
      const present = now();
      const laidOut = forceLayout();
      const { rafAt, paintedAt } = await afterNextPaint();
      const problems = system.verify(root, n);
      return {
        buildMs: present - start,
        layoutMs: laidOut - present,
        frameMs: paintedAt - rafAt,
        wallMs: paintedAt - start,
        problems,
      };
    },
    /** Focuses the text field typed into and lets the scroll/focus frame pass. */
    async focus(pointer) {
      focused = pointer;
      input = system.inputFor(root, pointer);
      if (!input) return `no input for ${pointer}`;
      input.focus();
      await frame();
      await frame();
      return document.activeElement === null ? 'nothing focused' : '';
    },
    /**
     * Arms the listeners for the next keystroke: a capture keydown records the start; after the
     * input event was handled and the system's asynchronous update (if any) finished, the next
     * painted frame ends it.
     */
    arm() {
      let keydownAt = 0;
      pending = new Promise((resolve) => {
        window.addEventListener('keydown', () => (keydownAt = now()), { capture: true, once: true });
        window.addEventListener(
          'input',
          async (event) => {
            await system.afterInput(root, event.composedPath()[0]);
            const updatedAt = now();
            const laidOut = forceLayout();
            const { rafAt, paintedAt } = await afterNextPaint();
            resolve({
              buildMs: updatedAt - keydownAt,
              layoutMs: laidOut - updatedAt,
              frameMs: paintedAt - rafAt,
              wallMs: paintedAt - keydownAt,
              value: input.value,
              error: system.errorText(root, focused),
            });
          },
          { once: true },
        );
      });
    },
    keystroke() {
      return pending;
    },
  };
}
