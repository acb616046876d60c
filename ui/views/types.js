// The shape every view has, for the router in app.js.

/**
 * @typedef {object} View
 * @property {() => Promise<void>} refresh re-reads the server and redraws what changed (on navigation, after a control, and every poll)
 */

/**
 * @typedef {(main: HTMLElement, args: string[]) => View} ViewFactory
 */

export {};
