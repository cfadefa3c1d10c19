/**
 * Every field control of the admin goes through this wrapper (`wrapWidgets`
 * re-registers Decap's widgets with it). It adds two things Decap cannot do:
 *
 * - under the field, in its own language pane, the problems the pre-publish
 *   check found there (`field-issues.ts`), in French;
 * - no « facultatif » beside a field the schema requires once another is
 *   filled (`conditionallyRequired` in the field list: the alt text of a
 *   chosen image, the day of a key date that is not « à annoncer »).
 *
 * The wrapped control keeps everything else: Decap talks to the wrapper as
 * it would to the control (`isValid`, `focus`, `shouldComponentUpdate`), and
 * the wrapper passes it on.
 */
import { Component, createContext, createElement as h, type ComponentClass, type ComponentType, type ContextType, type ReactElement } from 'react';
import type { DecapConfig } from '../src/cms/config';
import type { CmsEntryIssue } from '../src/cms/validation';
import { editorMessage } from '../src/cms/validation';
import { fieldLabelPath } from '../src/content/fields/decap';
import { fieldIssues, type DecapEntry } from './field-issues';
import type { ControlProps } from './widgets/control-props';

/** Where a control sits in the entry: field names from the top, and whether it is inside a list item (whose number it cannot know). */
interface Placement {
  readonly names: readonly string[];
  readonly inListItem: boolean;
}

const PlacementContext = createContext<Placement>({ names: [], inListItem: false });

/** What the wrapper remembers: the issues its field shows. */
interface IssuesState {
  readonly issues: readonly CmsEntryIssue[];
}

/** The props of a wrapped control: Decap's, of which the wrapper reads a few. */
interface WrappedProps extends ControlProps {
  readonly getEntry?: () => DecapEntry;
  readonly hasActiveStyle?: boolean;
}

/** What Decap may call on a control instance. */
interface ControlInstance {
  isValid?: () => unknown;
  getValidateValue?: () => unknown;
  focus?: (path: string) => void;
  shouldComponentUpdate?: (nextProps: unknown) => boolean;
}

/** The look of a field's messages: Decap's error red, and the word « Erreur » for those who do not see colours. */
const issueStyle = { margin: '6px 0 0', padding: '4px 0 4px 10px', listStyle: 'none', borderLeft: '4px solid #d60032', color: '#d60032', fontSize: '14px', fontWeight: 600 } as const;

/** An issue's text on a field: its own message, or where below the field it is (`2 › Identifiant : …`). */
function issueText(issue: CmsEntryIssue, labelPath: string): string {
  const below = issue.field === labelPath ? '' : `${issue.field.slice(labelPath.length + 3)} : `;
  return `${below}${editorMessage(issue.message)}`;
}

/** `Control` with the issues of its field shown under it. */
function withFieldIssues(Control: ComponentType<WrappedProps>, config: DecapConfig): ComponentClass<WrappedProps, IssuesState> {
  class FieldControl extends Component<WrappedProps, IssuesState> {
    static override contextType = PlacementContext;
    declare context: ContextType<typeof PlacementContext>;
    override state: IssuesState = { issues: [] };
    private inner: ControlInstance | null = null;
    private release: (() => void) | undefined;
    private unsubscribe: (() => void) | undefined;

    /** The field's names from the top of the entry. */
    private names(): string[] {
      const name = this.props.field.get('name');
      return [...this.context.names, typeof name === 'string' ? name : ''];
    }

    /** The field's labels from the top (`Image › Texte de remplacement`), or `undefined` inside a list item. */
    private labelPath(): string | undefined {
      if (this.context.inListItem) return undefined;
      const collection = config.collections.find((candidate) => candidate.name === this.props.getEntry?.().get('collection'));
      return collection ? fieldLabelPath(collection.fields, this.names()) : undefined;
    }

    override componentDidMount(): void {
      const labelPath = this.labelPath();
      const locale = this.props.locale;
      if (labelPath !== undefined && locale !== undefined) {
        this.release = fieldIssues.mount(locale, labelPath);
        const refresh = () => this.setState({ issues: fieldIssues.issuesOf(locale, labelPath) });
        this.unsubscribe = fieldIssues.subscribe(refresh);
        refresh();
      }
      // Decap writes « (facultatif) » in a span of the field's label.
      if (this.props.field.get('conditionallyRequired') === true) {
        const mark = document.querySelector<HTMLElement>(`label[for="${CSS.escape(this.props.forID)}"] > span`);
        if (mark) mark.hidden = true;
      }
    }

    override componentDidUpdate(previous: WrappedProps): void {
      if (previous.value !== this.props.value) fieldIssues.edited(() => this.props.getEntry?.());
    }

    override componentWillUnmount(): void {
      this.release?.();
      this.unsubscribe?.();
    }

    isValid = (): unknown => (this.inner?.isValid ? this.inner.isValid() : true);
    getValidateValue = (): unknown => this.inner?.getValidateValue?.();
    focus = (path: string): void => this.inner?.focus?.(path);

    /**
     * Decap's `Widget` asks this (with its next props only) whether to render
     * the control again: the control's own answer, else Decap's default.
     * React asks it too, with the next state, when the issues change.
     */
    override shouldComponentUpdate(nextProps: WrappedProps, nextState?: IssuesState): boolean {
      if (nextState !== undefined && nextState.issues !== this.state.issues) return true;
      const own = this.inner?.shouldComponentUpdate;
      if (own) return own.call(this.inner, nextProps);
      return nextProps.value !== this.props.value || nextProps.classNameWrapper !== this.props.classNameWrapper || nextProps.hasActiveStyle !== this.props.hasActiveStyle;
    }

    override render(): ReactElement {
      const widget = this.props.field.get('widget');
      // Decap's controls are classes; their instance is what Decap would have talked to.
      const control = h(Control as ComponentType<WrappedProps & { ref: (instance: ControlInstance | null) => void }>, {
        ...this.props,
        ref: (instance: ControlInstance | null) => void (this.inner = instance),
      });
      const placement: Placement = { names: this.names(), inListItem: this.context.inListItem || widget === 'list' };
      const labelPath = this.labelPath() ?? '';
      return h(
        PlacementContext.Provider,
        { value: placement },
        control,
        this.state.issues.length === 0
          ? null
          : h(
              'ul',
              { style: issueStyle, 'data-field-issues': labelPath },
              ...this.state.issues.map((issue) => h('li', { key: `${issue.field}:${issue.message}` }, `Erreur : ${issueText(issue, labelPath)}`)),
            ),
      );
    }
  }
  return FieldControl;
}

/** The widgets the collections use; each is re-registered wrapped. */
export const wrappedWidgets = ['string', 'text', 'markdown', 'select', 'number', 'boolean', 'list', 'object', 'image', 'file', 'day', 'time'] as const;

/** The part of Decap's `CMS` object the wrapping needs. */
interface WidgetRegistry {
  getWidget(name: string): { readonly control: unknown; readonly preview?: unknown } | undefined;
  registerWidget(widget: Readonly<Record<string, unknown>>): void;
}

/** Re-registers each widget of `wrappedWidgets` with its control wrapped; call after registering the admin's own widgets. */
export function wrapWidgets(cms: WidgetRegistry, config: DecapConfig): void {
  for (const name of wrappedWidgets) {
    const widget = cms.getWidget(name);
    if (!widget) throw new Error(`widget Decap introuvable : ${name} (unknown Decap widget)`);
    const { control, preview, ...options } = widget;
    cms.registerWidget({ ...options, name, controlComponent: withFieldIssues(control as ComponentType<WrappedProps>, config), previewComponent: preview });
  }
}
