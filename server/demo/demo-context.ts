import type { OrgDemo } from '../modules/org/demo/org.demo';

/** What the org demo made, for the other modules' demos to build on. */
export type DemoContext = OrgDemo;
