import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the failed part; receives a reset callback. */
  fallback: (reset: () => void) => ReactNode;
  /** When this changes (e.g. the selected event), a failed panel tries again by itself. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** The resetKey the failure happened under. */
  failedAt: unknown;
}

/** Catches a render error in one panel so the rest of the app keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, failedAt: undefined };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (!state.failed) return { failedAt: props.resetKey };
    // Another event selected: the failure belonged to the previous one.
    if (!Object.is(state.failedAt, props.resetKey))
      return { failed: false, failedAt: props.resetKey };
    return null;
  }

  override render() {
    if (this.state.failed) return this.props.fallback(() => this.setState({ failed: false }));
    return this.props.children;
  }
}
