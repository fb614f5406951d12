import { noChange, render, type RenderOptions } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import type { Located, ObjectView } from '@dvc/schema';
import type { FormController } from './form-controller.js';
import { objectSectionTemplate, type ObjectSection } from './sections.js';

/** Lit's options for every section's own render root. */
const sectionRenderOptions: RenderOptions = {};

/**
 * One object section of `<dvc-form>` without an element of its own (ADR 0023): it renders its fields
 * with Lit's `render()` into its box, `div.dvc-section`, and re-renders alone when asked
 * (`sectionsReading`: a condition of this object read the changed data), so a keystroke elsewhere
 * never re-renders it. What `<dvc-form-object>` did, without an element upgrade or a reactive lifecycle.
 */
export class SectionRenderer implements ObjectSection {
  view: ObjectView | undefined;
  updateComplete: Promise<unknown> = Promise.resolve();
  private pending = false;
  /** A re-render asked for while the box was out of the page, done when the form comes back. */
  missed = false;

  constructor(
    readonly box: HTMLElement,
    public controller: FormController,
    public located: Located,
    public pointer: string,
    public step: string,
  ) {}

  get isConnected(): boolean {
    return this.box.isConnected;
  }

  /** Renders now: the section's fields into its box. */
  renderNow(): void {
    this.missed = false;
    render(objectSectionTemplate(this), this.box, sectionRenderOptions);
  }

  /** Re-renders once, after the current task's changes (as a Lit element's update is batched). */
  requestUpdate(): void {
    if (this.pending) return;
    this.pending = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.pending = false;
      // A section no longer on screen (a hidden branch) must not register its fields again.
      if (this.box.isConnected) this.renderNow();
      else this.missed = true;
    });
  }
}

type SectionArguments = [FormController, Located, string, string?];

/**
 * Puts an object section's box in its place (the root of the form, or a group's `div.controls`):
 * made once, registered in `controller.sections`, and rendered again only when the section's
 * arguments change (a parent section's re-render passes a new `located`), as an element's
 * properties did.
 */
class SectionBox extends Directive {
  private section: SectionRenderer | undefined;

  render(..._args: SectionArguments): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [controller, located, pointer, step = '']: SectionArguments): HTMLElement {
    let section = this.section;
    if (!section) {
      const box = (part.parentNode.ownerDocument ?? document).createElement('div');
      box.className = 'dvc-section';
      section = this.section = new SectionRenderer(box, controller, located, pointer, step);
    } else if (
      section.controller === controller &&
      section.located === located &&
      section.pointer === pointer &&
      section.step === step &&
      !section.missed
    ) {
      controller.sections.set(pointer, section);
      return section.box;
    }
    Object.assign(section, { controller, located, pointer, step });
    controller.sections.set(pointer, section);
    section.renderNow();
    return section.box;
  }
}

const sectionBox = directive(SectionBox);

/** An object's fields as a section of their own (no element), for `<dvc-form>`'s tree. */
export function objectSection(
  controller: FormController,
  located: Located,
  pointer: string,
  step = '',
): DirectiveResult<typeof SectionBox> {
  return sectionBox(controller, located, pointer, step);
}

/** Re-renders the form's sections; `missed`: only those asked to while the form was out of the page. */
export function refreshSections(controller: FormController | null, missed = false): void {
  for (const section of controller?.sections.values() ?? [])
    if (!missed || (section instanceof SectionRenderer && section.missed)) section.requestUpdate();
}
