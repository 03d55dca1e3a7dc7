import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import '@vaadin/button';
import '@vaadin/icon';

/**
 * The leads the 7Targets simulator received, newest first, read from its admin API through the extension's
 * JSON-RPC service.
 */
export class QwcSeventargetsLeads extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host {
            display: flex;
            flex-direction: column;
            height: 100%;
            padding: 0 10px;
        }
        .bar {
            display: flex;
            align-items: center;
            gap: 10px;
            color: var(--lumo-secondary-text-color);
        }
        .leads {
            height: 100%;
        }
        .error {
            color: var(--lumo-error-text-color);
        }
    `;

    static properties = {
        _leads: { state: true },
        _error: { state: true }
    };

    connectedCallback() {
        super.connectedCallback();
        this._refresh();
    }

    render() {
        if (this._error) {
            return html`${this._bar()}<p class="error">${this._error}</p>`;
        }
        if (!this._leads) {
            return html`<span>Reading the simulator...</span>`;
        }
        return html`${this._bar()}
            <vaadin-grid class="leads" .items="${this._leads.newest}" theme="row-stripes">
                <vaadin-grid-sort-column path="id" header="Id" auto-width></vaadin-grid-sort-column>
                <vaadin-grid-sort-column path="name" header="Name" auto-width></vaadin-grid-sort-column>
                <vaadin-grid-sort-column path="lastName" header="Last name" auto-width></vaadin-grid-sort-column>
                <vaadin-grid-sort-column path="email" header="E-mail" auto-width></vaadin-grid-sort-column>
                <vaadin-grid-sort-column path="phone" header="Phone" auto-width></vaadin-grid-sort-column>
                <vaadin-grid-sort-column path="assistantEmail" header="Assistant" auto-width></vaadin-grid-sort-column>
                <vaadin-grid-sort-column path="scheduleName" header="Schedule" auto-width></vaadin-grid-sort-column>
                <vaadin-grid-sort-column path="state" header="State" auto-width></vaadin-grid-sort-column>
                <vaadin-grid-sort-column path="nextScheduleTime" header="Next contact" auto-width></vaadin-grid-sort-column>
            </vaadin-grid>`;
    }

    _bar() {
        const summary = this._leads
            ? html`The simulator at <a href="${this._leads.simulatorUrl}/_simulator/stats" target="_blank">${this._leads.simulatorUrl}</a>
                   holds ${this._leads.held} leads${this._leads.held > this._leads.newest.length
                       ? html`; the newest ${this._leads.newest.length} are shown` : ''}.`
            : '';
        return html`<div class="bar">
            <vaadin-button theme="tertiary" @click="${this._refresh}">
                <vaadin-icon icon="font-awesome-solid:rotate"></vaadin-icon> Refresh
            </vaadin-button>
            <span>${summary}</span>
        </div>`;
    }

    _refresh() {
        this.jsonRpc.getLeads()
            .then(jsonRpcResponse => {
                this._leads = jsonRpcResponse.result;
                this._error = null;
            })
            .catch(jsonRpcError => {
                this._error = jsonRpcError.error ? jsonRpcError.error.message : String(jsonRpcError);
            });
    }
}
customElements.define('qwc-seventargets-leads', QwcSeventargetsLeads);
