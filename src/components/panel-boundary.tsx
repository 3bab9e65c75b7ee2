import { Component, type ErrorInfo, type ReactNode } from 'react';

import { repairPanels, useInjectedFault } from '@/utils/fault-injection';

function FaultProbe({ name, children }: { name: string; children: ReactNode }) {
  useInjectedFault(name);
  return children;
}

interface Props {
  /** What the panel is, for the message: "the map", "the timeline"… */
  name: string;
  label: string;
  children: ReactNode;
}

/** One failing panel shows what failed and a way to recover; the rest of the app keeps working. */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Chronomap: ${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) {
      return <FaultProbe name={this.props.name}>{this.props.children}</FaultProbe>;
    }
    return (
      <section className="panel-error" role="alert" aria-label={this.props.label}>
        <p>
          <strong>{`The ${this.props.name} could not be shown.`}</strong> {error.message}
        </p>
        <button
          type="button"
          onClick={() => {
            repairPanels();
            this.setState({ error: null });
          }}
        >
          Try again
        </button>
      </section>
    );
  }
}
