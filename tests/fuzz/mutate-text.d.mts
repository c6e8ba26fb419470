export const MARKERS: string[];
export const QUANTITIES: string[];
export const PHRASES: string[];
export const KINDS: string[];
export function mutateText(text: string, kind: string, rand: (n: number) => number): string;
