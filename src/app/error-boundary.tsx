import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the failed part; receives a reset callback. */
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches a render error in one panel so the rest of the app keeps working. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return this.props.fallback(() => this.setState({ failed: false }));
    return this.props.children;
  }
}
